#pragma once

#include "secrets/Secret.h"

#include <QWidget>

class QLineEdit;
class QPushButton;

// A secret shown once to the user: a read-only field, masked until "Show" is pressed, with
// a "Copy" button. The secret never goes into a tooltip or an accessible description.
class SecretRevealField : public QWidget
{
    Q_OBJECT

public:
    // `name` is the object name of the field; the buttons are `name` + "Show" / "Copy".
    explicit SecretRevealField(const QString& name, QWidget* parent = nullptr);

    void setSecret(const Secret& secret);
    void clear();
    bool isMasked() const;
    QLineEdit* field() const { return m_field; }

private:
    void setRevealed(bool revealed);

    Secret m_secret;
    QLineEdit* m_field = nullptr;
    QPushButton* m_showButton = nullptr;
    QPushButton* m_copyButton = nullptr;
};
