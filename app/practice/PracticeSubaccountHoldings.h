#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class PracticeAccount;

// What each subaccount holds (its keys, domains with their SMTP logins and webhooks, routes,
// account webhooks), kept as an account of its own by subaccount id. Mailgun's docs call them
// "wholly separate assets" (docs/mailgun-behaviour.md, point 6). A request carrying
// X-Mailgun-On-Behalf-Of reaches them (PracticeSubaccountRoutes).
class PracticeSubaccountHoldings
{
public:
    // Created empty on first use.
    PracticeAccount& of(const QString& id);
    PracticeAccount* find(const QString& id) const;

    // Nothing public says which endpoints honour the header (point 6). Requests whose path
    // starts with one of these ("/v3/routes") get the parent's answer instead, as a Mailgun
    // that ignored the header would: for tests of the program's check.
    QStringList headerIgnoredOn;

private:
    std::map<QString, std::shared_ptr<PracticeAccount>> m_accounts;
};
