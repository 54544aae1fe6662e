#include "ResumeRow.h"

#include "NamedButton.h"
#include "PlainLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ResumeRow::ResumeRow(const QString& labelName, const QString& sentence, const QString& buttonName,
                     const QString& buttonText, const QString& buttonAccessibleName, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel* label = makePlainLabel(labelName, this);
    label->setText(sentence);
    layout->addWidget(label, 1);
    m_button = makeNamedButton(buttonText, buttonName, buttonAccessibleName, this);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &ResumeRow::continueRequested);
}
