#pragma once

#include <QSet>
#include <QString>
#include <QWidget>

struct AccountFinding;
struct AccountInventory;
class FindingsTable;
class QLabel;
class QPushButton;
class RecoverySession;
class SubaccountDisableController;

// Under step 1's findings: "Disable this subaccount…" for the selected subaccount finding, when
// the subaccount is open. Asks first, naming the documented effect; never offers closing or
// deleting, which would destroy the evidence.
class SubaccountDisablePanel : public QWidget
{
    Q_OBJECT

public:
    SubaccountDisablePanel(RecoverySession* session, FindingsTable* table, QWidget* parent = nullptr);

    // Shows the button for an open subaccount's finding; hides itself for any other.
    void showFor(const AccountFinding* finding, const AccountInventory* inventory, bool busy);
    void disableSelected();
    bool isDisabling() const;

Q_SIGNALS:
    // True while the subaccount is being disabled: the page must not be left then.
    void changingAccount(bool changing);

private:
    RecoverySession* m_session;
    FindingsTable* m_table;
    QPushButton* m_button;
    QLabel* m_hint;
    SubaccountDisableController* m_controller = nullptr;
    QString m_id;
    QString m_name;
    QString m_identity;
    QSet<QString> m_disabled; // subaccount ids disabled by this panel
};
