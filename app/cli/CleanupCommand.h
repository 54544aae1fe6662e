#pragma once

#include "cli/AccountCommand.h"

#include <QJsonArray>
#include <QList>
#include <QObject>

class AccountCleanup;
class AccountReview;
struct AccountFinding;

// `mailgun-recovery cleanup`: step 1's "Remove it" of the wizard on the command line. Reviews
// the account (like `audit`), then, for each route, webhook or archive address copying mail
// out that the program can remove, asks and removes it with the same AccountCleanup, which
// reads back what Mailgun holds afterwards ("asked for X; Mailgun now holds Y"). Exit code 0
// when every removal took effect, 1 when one did not, 3 when the admin declined them all.
class CleanupCommand : public AccountCommand
{
    Q_OBJECT

public:
    explicit CleanupCommand(const CommandLineOptions& options, QObject* parent = nullptr);
    void start() override;

private:
    void next();
    void end();

    AccountReview* m_review = nullptr;
    AccountCleanup* m_cleanup = nullptr;
    QList<int> m_queue; // indexes into the review's findings
    int m_current = -1;
    int m_asked = 0;
    int m_declined = 0;
    bool m_failed = false;
    QJsonArray m_results;
};
