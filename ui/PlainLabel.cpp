#include "PlainLabel.h"

#include <QLabel>

QLabel* makePlainLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* makePlainParagraph(const QString& text, QWidget* parent)
{
    QLabel* label = makePlainLabel({}, parent);
    label->setText(text);
    return label;
}
