#pragma once

#include "secrets/Secret.h"

#include <QWidget>

#include <chrono>

class QLineEdit;
class QPushButton;
class QTimer;

// A secret shown once to the user: a read-only field, masked until "Show" is pressed, with
// a "Copy" button. The secret never goes into a tooltip or an accessible description.
// A copied secret leaves the clipboard again after a short time, as password managers do:
// only if the clipboard still holds it (what the user copied since is left alone), and also
// when the field goes away.
class SecretRevealField : public QWidget
{
    Q_OBJECT

public:
    // Long enough to switch to another window and paste; short enough that the secret does
    // not sit in the clipboard for whatever runs next. KeePassXC uses 10 s, but the people
    // here paste into a hosting panel they may first have to find; the key stays in the
    // keychain and can be copied again.
    static constexpr std::chrono::seconds clipboardLifetime{30};

    // What the field holds: it gives the field and its buttons names of their own for
    // assistive technology ("Copy the new SMTP password").
    enum class Holds
    {
        ApiKey,
        SmtpPassword,
        WebhookSigningKey,
        PublicValidationKey,
    };

    // `name` is the object name of the field; the buttons are `name` + "Show" / "Copy".
    SecretRevealField(const QString& name, Holds holds, QWidget* parent = nullptr);
    ~SecretRevealField() override;

    void setSecret(const Secret& secret);
    void clear();
    bool isMasked() const;
    QLineEdit* field() const { return m_field; }
    // For tests: how long a copied secret stays in the clipboard.
    void setClipboardLifetime(std::chrono::milliseconds lifetime);

Q_SIGNALS:
    // The time of a copied secret is up; `cleared` is false when the clipboard held
    // something else by then.
    void clipboardExpired(bool cleared);

private:
    void setAccessibleNames(Holds holds);
    void setRevealed(bool revealed);
    void copy();
    bool clearClipboardIfOurs();

    Secret m_secret;
    Secret m_copied; // what the Copy button put in the clipboard, until it is taken back
    QLineEdit* m_field = nullptr;
    QPushButton* m_showButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QTimer* m_clipboardTimer = nullptr;
};
