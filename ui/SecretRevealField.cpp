#include "SecretRevealField.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

SecretRevealField::SecretRevealField(const QString& name, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_field = new QLineEdit(this);
    m_field->setObjectName(name);
    m_field->setReadOnly(true);
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setAccessibleName(tr("New API key"));
    layout->addWidget(m_field, 1);

    m_showButton = new QPushButton(tr("Show"), this);
    m_showButton->setObjectName(name + u"Show"_s);
    m_showButton->setCheckable(true);
    m_showButton->setAccessibleName(tr("Show the new key"));
    layout->addWidget(m_showButton);
    connect(m_showButton, &QPushButton::toggled, this, &SecretRevealField::setRevealed);

    m_copyButton = new QPushButton(tr("Copy"), this);
    m_copyButton->setObjectName(name + u"Copy"_s);
    m_copyButton->setAccessibleName(tr("Copy the new key"));
    layout->addWidget(m_copyButton);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        if (!m_secret.isEmpty())
            QGuiApplication::clipboard()->setText(m_secret.reveal());
    });
}

void SecretRevealField::setSecret(const Secret& secret)
{
    m_secret = secret;
    m_showButton->setChecked(false);
    m_field->setText(secret.reveal());
    setRevealed(false);
    m_copyButton->setEnabled(!secret.isEmpty());
    m_showButton->setEnabled(!secret.isEmpty());
}

void SecretRevealField::clear()
{
    setSecret(Secret());
}

bool SecretRevealField::isMasked() const
{
    return m_field->echoMode() == QLineEdit::Password;
}

void SecretRevealField::setRevealed(bool revealed)
{
    m_field->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_showButton->setText(revealed ? tr("Hide") : tr("Show"));
}
