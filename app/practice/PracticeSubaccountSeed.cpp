#include "practice/PracticeSubaccountSeed.h"

#include "practice/PracticeAccount.h"

using namespace Qt::StringLiterals;

void PracticeSubaccountSeed::seed(PracticeAccount& account, const QDateTime& now)
{
    if (account.subaccounts().isEmpty()) {
        PracticeSubaccount sub;
        sub.id = PracticeAccount::randomHex(24);
        sub.name = u"Billing notices"_s;
        sub.createdAt = now.addSecs(-26 * 3600);
        sub.updatedAt = sub.createdAt;
        account.subaccounts().append(sub);
    }
    // A fixed id, so that `disable-subaccount ID --practice` can name the one `audit --practice`
    // showed: every run of the command line starts a practice account of its own.
    PracticeSubaccount& sub = account.subaccounts().first();
    sub.id = u"6650f1c2a3b4c5d6e7f80912"_s;
    PracticeAccount& holdings = account.subaccountHoldings().of(sub.id);
    holdings.setSeededAt(now);
    holdings.setAccountId(sub.id);
    const QDateTime made = sub.createdAt.addSecs(20 * 60);

    PracticeKey key;
    key.secret = PracticeAccount::newKeySecret();
    key.id = PracticeAccount::keyIdFromSecret(key.secret);
    key.description = u"billing"_s;
    key.createdAt = made;
    key.updatedAt = made;
    holdings.keys() = {key};
    account.setSeededSecret(u"subaccount"_s, key.secret);

    PracticeDomain domain;
    domain.id = PracticeAccount::newObjectId();
    domain.name = u"mg.billing-notices-mail.com"_s;
    domain.createdAt = made.addSecs(5 * 60);
    domain.credentials = {{domain.smtpLogin(), PracticeAccount::newPassword(), domain.createdAt},
                          {u"invoices@"_s + domain.name, PracticeAccount::newPassword(), domain.createdAt}};
    domain.webhooks.insert(u"delivered"_s, {u"https://bn-events.example.net/collect"_s});
    holdings.region(PracticeRegion::Us).domains = {domain};

    PracticeRoute route;
    route.id = PracticeAccount::newObjectId();
    route.description = u"archive"_s;
    route.expression = u"catch_all()"_s;
    route.actions = {u"forward(\"copies@bn-mail-archive.example.net\")"_s};
    route.createdAt = made.addSecs(10 * 60);
    holdings.region(PracticeRegion::Us).routes = {route};
}
