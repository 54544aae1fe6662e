#pragma once

#include <QDateTime>

class PracticeAccount;

// The practice account's starting point: a small business whose admin key leaked. Everything
// an investigation should find is there, dated relative to `now`: an admin key nobody made,
// an SMTP login nobody recognises, a catch-all forwarding route, an unknown webhook, an
// archive_to pointing outside, a fresh sub-account and a sending spike in the last two days.
class PracticeSeed
{
public:
    static void seed(PracticeAccount& account, const QDateTime& now);
};
