#include "SecretRevealField.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

SecretRevealField::SecretRevealField(const QString& name, Holds holds, QWidget* parent)
    : QWidget(parent)
    , m_clipboardTimer(new QTimer(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_field = new QLineEdit(this);
    m_field->setObjectName(name);
    m_field->setReadOnly(true);
    m_field->setEchoMode(QLineEdit::Password);
    layout->addWidget(m_field, 1);

    m_showButton = new QPushButton(tr("Show"), this);
    m_showButton->setObjectName(name + u"Show"_s);
    m_showButton->setCheckable(true);
    layout->addWidget(m_showButton);
    connect(m_showButton, &QPushButton::toggled, this, &SecretRevealField::setRevealed);

    m_copyButton = new QPushButton(tr("Copy"), this);
    m_copyButton->setObjectName(name + u"Copy"_s);
    layout->addWidget(m_copyButton);
    connect(m_copyButton, &QPushButton::clicked, this, &SecretRevealField::copy);
    setAccessibleNames(holds);

    m_clipboardTimer->setSingleShot(true);
    setClipboardLifetime(clipboardLifetime);
    connect(m_clipboardTimer, &QTimer::timeout, this, [this] {
        const bool cleared = clearClipboardIfOurs();
        m_copyButton->setText(tr("Copy"));
        Q_EMIT clipboardExpired(cleared);
    });
}

void SecretRevealField::setAccessibleNames(Holds holds)
{
    switch (holds) {
    case Holds::ApiKey:
        m_field->setAccessibleName(tr("New API key"));
        m_showButton->setAccessibleName(tr("Show the new key"));
        m_copyButton->setAccessibleName(tr("Copy the new key"));
        return;
    case Holds::SmtpPassword:
        m_field->setAccessibleName(tr("New SMTP password"));
        m_showButton->setAccessibleName(tr("Show the new SMTP password"));
        m_copyButton->setAccessibleName(tr("Copy the new SMTP password"));
        return;
    case Holds::WebhookSigningKey:
        m_field->setAccessibleName(tr("New webhook signing key"));
        m_showButton->setAccessibleName(tr("Show the new webhook signing key"));
        m_copyButton->setAccessibleName(tr("Copy the new webhook signing key"));
        return;
    case Holds::PublicValidationKey:
        m_field->setAccessibleName(tr("New public validation key"));
        m_showButton->setAccessibleName(tr("Show the new public validation key"));
        m_copyButton->setAccessibleName(tr("Copy the new public validation key"));
        return;
    }
}

SecretRevealField::~SecretRevealField()
{
    clearClipboardIfOurs();
}

void SecretRevealField::setClipboardLifetime(std::chrono::milliseconds lifetime)
{
    m_clipboardTimer->setInterval(lifetime);
    const int seconds = int(std::chrono::ceil<std::chrono::seconds>(lifetime).count());
    const QString note =
        tr("Copy to the clipboard. The program empties the clipboard again after %n second(s).", nullptr,
           seconds);
    m_copyButton->setToolTip(note);
    m_copyButton->setAccessibleDescription(note);
}

void SecretRevealField::copy()
{
    if (m_secret.isEmpty())
        return;
    auto* data = new QMimeData;
    data->setText(m_secret.reveal());
    // Asks clipboard managers not to keep it in their history (KDE's Klipper, and the
    // macOS convention that others follow), as KeePassXC does.
    data->setData(u"x-kde-passwordManagerHint"_s, "secret");
    data->setData(u"application/x-nspasteboard-concealed-type"_s, "secret");
    QGuiApplication::clipboard()->setMimeData(data);
    m_copied = m_secret;
    m_clipboardTimer->start();
    const int seconds =
        int(std::chrono::ceil<std::chrono::seconds>(std::chrono::milliseconds(m_clipboardTimer->interval()))
                .count());
    m_copyButton->setText(tr("Copied. Paste within %n second(s).", nullptr, seconds));
}

bool SecretRevealField::clearClipboardIfOurs()
{
    if (m_copied.isEmpty())
        return false;
    QClipboard* clipboard = QGuiApplication::clipboard();
    const bool ours = clipboard->text() == m_copied.reveal();
    if (ours)
        clipboard->clear();
    m_copied.clear();
    return ours;
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
