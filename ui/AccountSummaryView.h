#pragma once

#include <QGroupBox>

struct AccountSummary;
class QLabel;

// What the Connect check found, shown as proof that the program talks to the right account:
// the domains in each region, how many keys and users there are, and which key is in use.
class AccountSummaryView : public QGroupBox
{
    Q_OBJECT

public:
    explicit AccountSummaryView(QWidget* parent = nullptr);

    void setSummary(const AccountSummary& summary);

private:
    QLabel* addRow(const QString& label, const QString& objectName);

    QLabel* m_domainsUs = nullptr;
    QLabel* m_domainsEu = nullptr;
    QLabel* m_keys = nullptr;
    QLabel* m_users = nullptr;
    QLabel* m_keyInUse = nullptr;
};
