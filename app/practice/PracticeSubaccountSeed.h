#pragma once

#include <QDateTime>

class PracticeAccount;

// The attacker's subaccount of the practice account: created after the incident started,
// with its own admin key, a sending domain with an SMTP login besides postmaster, a catch-all
// forwarding route and a domain webhook (docs/mailgun-behaviour.md, point 6). Uses the
// account's first subaccount, or adds one, and gives it a fixed id.
class PracticeSubaccountSeed
{
public:
    static void seed(PracticeAccount& account, const QDateTime& now);
};
