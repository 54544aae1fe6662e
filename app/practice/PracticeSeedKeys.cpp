#include "practice/PracticeSeedKeys.h"

#include "practice/PracticeAccount.h"

using namespace Qt::StringLiterals;

namespace {

PracticeKey seededKey(PracticeAccount& account, const QString& label, const QString& secret,
                      const QString& id, const QDateTime& createdAt)
{
    PracticeKey key;
    key.secret = secret;
    key.id = id;
    key.createdAt = createdAt;
    key.updatedAt = createdAt;
    account.setSeededSecret(label, secret);
    return key;
}

} // namespace

void PracticeSeedKeys::seed(PracticeAccount& account, const QDateTime& now)
{
    QList<PracticeKey>& keys = account.keys();

    // TH #3870: only newer keys carry their id as a tail; nothing maps a "key-" key to its entry.
    const QString legacySecret = u"key-"_s + PracticeAccount::randomHex(32);
    const QString unrelatedId = PracticeAccount::randomHex(8) + u'-' + PracticeAccount::randomHex(8);
    PracticeKey legacy = seededKey(account, u"legacy"_s, legacySecret, unrelatedId, now.addDays(-2100));
    legacy.description = u"Private API key"_s;
    keys.append(legacy);

    // OAS POST /v1/keys example: "requestor": null, "user_name": null for a key made through
    // the API without email and user_name. TH #3870: a real list without is_disabled.
    const QString apiMadeSecret = PracticeAccount::newKeySecret();
    PracticeKey apiMade = seededKey(account, u"api-made"_s, apiMadeSecret,
                                    PracticeAccount::keyIdFromSecret(apiMadeSecret), now.addDays(-400));
    apiMade.role = u"basic"_s;
    apiMade.description = u"Stock sync script"_s;
    apiMade.listsIsDisabled = false;
    keys.append(apiMade);

    // OAS: POST /v1/keys takes `email` and `user_name` from the caller; PY keys_examples.py
    // finds its key again by the requestor it wrote. So an intruder can write a colleague's.
    const QString forgedSecret = PracticeAccount::newKeySecret();
    PracticeKey forged = seededKey(account, u"forged"_s, forgedSecret,
                                   PracticeAccount::keyIdFromSecret(forgedSecret), now.addSecs(-27 * 3600));
    forged.description = u"deploy"_s;
    forged.requestor = u"sam@northwind-outfitters.com"_s;
    forged.userName = u"Sam Ortiz"_s;
    keys.append(forged);

    // GL names the signing key's 32-8-8 shape `mailgun-signing-key`; it is no key's tail.
    account.setHttpSigningKey(PracticeAccount::newKeySecret());
}
