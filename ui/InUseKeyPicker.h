#pragma once

#include "recovery/KeyRotationPlan.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

// Step 2's answer to "which listed key is the one you gave?" when nothing can tell (an older
// "key-" key lists under an unrelated id; docs/mailgun-behaviour.md point 3): says so plainly
// and lets the admin pick the key from the list by its name, kind, role and creation date.
// The choice goes to KeyRotationController::chooseInUse, which records it in the journal.
class InUseKeyPicker : public QWidget
{
    Q_OBJECT

public:
    explicit InUseKeyPicker(QWidget* parent = nullptr);

    // Shows what the plan knows: hidden when the key's tail names its entry, the admin's
    // choice when they made one, else the question.
    void setPlan(const KeyRotationPlan& plan);
    void setBusy(bool busy);

Q_SIGNALS:
    void chosen(const QString& id);

private:
    QLabel* m_text = nullptr;
    QWidget* m_pickRow = nullptr;
    QComboBox* m_keys = nullptr;
    QPushButton* m_choose = nullptr;
};
