#include "ContractHarness.h"
#include "SessionPractice.h"
#include "mailgun/api/CredentialsApi.h"
#include "mailgun/api/DomainsApi.h"
#include "mailgun/api/IpAllowlistApi.h"
#include "mailgun/api/KeysApi.h"
#include "mailgun/api/UsersApi.h"
#include "practice/PracticeAccount.h"

using namespace Qt::StringLiterals;

// The contract (see ContractHarness.h) for the Connect check, API keys, domains, SMTP
// logins, users and the IP allowlist.
class TestContractAccount : public ContractHarness
{
    Q_OBJECT

private slots:
    CONTRACT_HARNESS_SLOTS

    void connectWithAdminKey();
    void connectErrorsTheProgramReliesOn();
    void refusalAndRateLimitShapes();
    void keys();
    void domains();
    void credentials();
    void users();
    void ipAllowlist();
};

// The Connect page's check: GET /v4/domains?limit=1 in both regions, then GET /v1/keys and
// GET /v5/users?limit=1.
void TestContractAccount::connectWithAdminKey()
{
    const ConnectController::Result result = checkKey(m_server->practiceKey());
    QVERIFY2(result.outcome == ConnectController::Outcome::Valid,
             qPrintable(describe(result.outcome) + u": "_s + describe(result.error)));
}

// The error answers the check turns into advice: 401 for an unknown key, a sending key and an
// address outside the IP allowlist, 403 for a disabled account and a non-admin key.
void TestContractAccount::connectErrorsTheProgramReliesOn()
{
    const QString unknownKey = PracticeAccount::newKeySecret();
    ConnectController::Result result = checkKey(unknownKey);
    QVERIFY2(result.outcome == ConnectController::Outcome::KeyRefused,
             qPrintable(describe(result.outcome) + u": "_s + describe(result.error)));

    PracticeAccount& account = m_server->account();
    result = checkKey(account.seededSecret(u"sending"_s));
    QVERIFY2(result.outcome == ConnectController::Outcome::KeyRefused,
             qPrintable(describe(result.outcome) + u": "_s + describe(result.error)));

    result = checkKey(account.seededSecret(u"developer"_s));
    QVERIFY2(result.outcome == ConnectController::Outcome::ValidNotAdmin,
             qPrintable(describe(result.outcome) + u": "_s + describe(result.error)));

    account.ipAllowlist().append(PracticeAllowEntry{u"203.0.113.7"_s, u"somewhere else"_s});
    result = checkKey(m_server->practiceKey());
    account.ipAllowlist().clear();
    QVERIFY2(result.outcome == ConnectController::Outcome::KeyRefused,
             qPrintable(describe(result.outcome) + u": "_s + describe(result.error)));

    account.setAccountDisabled(true);
    result = checkKey(m_server->practiceKey());
    account.setAccountDisabled(false);
    QVERIFY2(result.outcome == ConnectController::Outcome::AccountDisabled,
             qPrintable(describe(result.outcome) + u": "_s + describe(result.error)));
}

// The other answer shapes of docs/mailgun-behaviour.md, on operations whose 401 and 429 the
// OAS documents: 401 text/plain "Forbidden" on a domain's path, and a 429 that names the wait
// only in its message (the OAS example). The fault answers before any route runs.
void TestContractAccount::refusalAndRateLimitShapes()
{
    const auto sendWith = [this](MailgunClient& client, const ApiRequest& request) {
        RawCapture capture;
        client.send(request, this, capture.callback());
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(capture.done(), awaitMs);
        }();
        return capture.response.value_or(ApiResponse());
    };

    const auto wrongKey = makeClient(PracticeAccount::newKeySecret());
    const ApiResponse refused =
        sendWith(*wrongKey, ApiRequest::get(Region::Us, u"/v4/domains/mg.northwind-outfitters.com"_s));
    QVERIFY2(refused.error.kind == ApiError::Kind::KeyRefused, qPrintable(describe(refused.error)));
    QCOMPARE(refused.error.serverMessage, u"Forbidden"_s);
    QVERIFY(refused.error.onDomainPath);

    PracticeFault limit;
    limit.kind = PracticeFault::Kind::RateLimit;
    limit.method = "PUT";
    limit.path = QRegularExpression(u"/verify$"_s);
    limit.bodyRetrySeconds = 120;
    m_server->addFault(limit);
    const ApiResponse limited =
        sendWith(*m_client, ApiRequest::put(Region::Us, u"/v4/domains/mg.northwind-outfitters.com/verify"_s,
                                            BodyEncoding::UrlEncoded, {}));
    QVERIFY2(limited.error.kind == ApiError::Kind::RateLimited, qPrintable(describe(limited.error)));
    QCOMPARE(limited.error.retryAfterSeconds, 120);
}

void TestContractAccount::keys()
{
    KeysApi keys(*m_client);
    Capture<QList<KeyInfo>> all;
    keys.list({}, {}, this, all.callback());
    CONTRACT_AWAIT_OK(all);
    QVERIFY(!all.value().isEmpty());

    Capture<QList<KeyInfo>> userKeys;
    keys.list(u"user"_s, {}, this, userKeys.callback());
    CONTRACT_AWAIT_OK(userKeys);

    Capture<QList<KeyInfo>> domainKeys;
    keys.list(u"domain"_s, u"northwind-outfitters.com"_s, this, domainKeys.callback());
    CONTRACT_AWAIT_OK(domainKeys);

    NewKeySpec spec;
    spec.description = u"Mailgun Recovery Assistant [mra-contract-0001]"_s;
    Capture<CreatedKey> created;
    keys.create(spec, this, created.callback());
    CONTRACT_AWAIT_OK(created);
    QVERIFY(!created.value().secret.isEmpty());

    NewKeySpec expiring;
    expiring.description = u"Mailgun Recovery Assistant [mra-contract-0002]"_s;
    expiring.expirationSeconds = 3600;
    Capture<CreatedKey> createdExpiring;
    keys.create(expiring, this, createdExpiring.callback());
    CONTRACT_AWAIT_OK(createdExpiring);

    for (const CreatedKey* key : {&created.value(), &createdExpiring.value()}) {
        Capture<QString> removed;
        keys.remove(key->info.id, this, removed.callback());
        CONTRACT_AWAIT_OK(removed);
    }

    Capture<QString> missing;
    keys.remove(u"00000000-00000000"_s, this, missing.callback());
    CONTRACT_AWAIT_ERROR(missing, 404, ApiError::Kind::NotFound);

    Capture<Secret> publicKey;
    keys.regeneratePublicKey(this, publicKey.callback());
    CONTRACT_AWAIT_OK(publicKey);
    QVERIFY(publicKey.value().reveal().startsWith(u"pubkey-"_s));
}

void TestContractAccount::domains()
{
    DomainsApi domains(*m_client);
    for (const Region region : allRegions) {
        Capture<QList<Domain>> listed;
        domains.list(region, {}, this, listed.callback());
        CONTRACT_AWAIT_OK(listed);
        QVERIFY(!listed.value().isEmpty());

        DomainFilter filter;
        filter.state = u"active"_s;
        filter.includeSubaccounts = true;
        Capture<QList<Domain>> filtered;
        domains.list(region, filter, this, filtered.callback());
        CONTRACT_AWAIT_OK(filtered);

        for (const Domain& domain : listed.value()) {
            Capture<Domain> one;
            domains.get(region, domain.name, this, one.callback());
            CONTRACT_AWAIT_OK(one);
        }

        // Switching archive_to off, as recovery does, and on again, as a practice reset would.
        const QString name = listed.value().constFirst().name;
        Capture<QString> cleared;
        domains.updateArchiveTo(region, name, {}, this, cleared.callback());
        CONTRACT_AWAIT_OK(cleared);
        Capture<QString> set;
        domains.updateArchiveTo(region, name, u"https://archive.example.com/hook"_s, this, set.callback());
        CONTRACT_AWAIT_OK(set);

        Capture<Domain> missing;
        domains.get(region, u"no-such-domain.example.com"_s, this, missing.callback());
        CONTRACT_AWAIT_ERROR(missing, 404, ApiError::Kind::NotFound);
    }
}

void TestContractAccount::credentials()
{
    CredentialsApi credentials(*m_client);
    for (const Region region : allRegions) {
        const QString domain = m_server->account().region(practiceRegionOf(region)).domains.constFirst().name;
        Capture<QList<SmtpCredential>> listed;
        credentials.list(region, domain, this, listed.callback());
        CONTRACT_AWAIT_OK(listed);
        QVERIFY(!listed.value().isEmpty());

        const QString login = u"contract-test@"_s + domain;
        Capture<CredentialChange> created;
        credentials.create(region, domain, login, Secret(PracticeAccount::newPassword(32)), this,
                           created.callback());
        CONTRACT_AWAIT_OK(created);

        const QString generatedLogin = u"contract-generated@"_s + domain;
        Capture<CredentialChange> generated;
        credentials.create(region, domain, generatedLogin, Secret(), this, generated.callback());
        CONTRACT_AWAIT_OK(generated);
        QVERIFY2(!generated.value().generatedPassword.isEmpty(), "Mailgun's generated password was not read");

        Capture<CredentialChange> changed;
        credentials.changePassword(region, domain, login, Secret(PracticeAccount::newPassword(32)), this,
                                   changed.callback());
        CONTRACT_AWAIT_OK(changed);

        // Every SMTP login of every domain gets a new password in step 3, postmaster included.
        for (const SmtpCredential& credential : listed.value()) {
            Capture<CredentialChange> rotated;
            credentials.changePassword(region, domain, credential.login,
                                       Secret(PracticeAccount::newPassword(32)), this, rotated.callback());
            CONTRACT_AWAIT_OK(rotated);
        }

        Capture<CredentialChange> tooShort;
        credentials.changePassword(region, domain, login, Secret(u"abc"_s), this, tooShort.callback());
        CONTRACT_AWAIT_ERROR(tooShort, 400, ApiError::Kind::BadRequest);

        Capture<CredentialChange> createTooShort;
        credentials.create(region, domain, u"contract-short@"_s + domain, Secret(u"abc"_s), this,
                           createTooShort.callback());
        CONTRACT_AWAIT_ERROR(createTooShort, 400, ApiError::Kind::BadRequest);

        Capture<CredentialChange> unknown;
        credentials.changePassword(region, domain, u"nobody@"_s + domain,
                                   Secret(PracticeAccount::newPassword(32)), this, unknown.callback());
        CONTRACT_AWAIT_ERROR(unknown, 404, ApiError::Kind::NotFound);

        for (const QString& remove : {login, generatedLogin}) {
            Capture<QString> removed;
            credentials.remove(region, domain, remove, this, removed.callback());
            CONTRACT_AWAIT_OK(removed);
        }

        Capture<QString> postmaster;
        credentials.remove(region, domain, u"postmaster@"_s + domain, this, postmaster.callback());
        CONTRACT_AWAIT_ERROR(postmaster, 400, ApiError::Kind::BadRequest);
    }
}

void TestContractAccount::users()
{
    UsersApi users(*m_client);
    Capture<QList<AccountUser>> listed;
    users.list(this, listed.callback());
    CONTRACT_AWAIT_OK(listed);
    QVERIFY(!listed.value().isEmpty());

    for (const AccountUser& user : listed.value()) {
        Capture<AccountUser> one;
        users.get(user.id, this, one.callback());
        CONTRACT_AWAIT_OK(one);
    }

    Capture<AccountUser> missing;
    users.get(u"000000000000000000000000"_s, this, missing.callback());
    CONTRACT_AWAIT_ERROR(missing, 404, ApiError::Kind::NotFound);
}

void TestContractAccount::ipAllowlist()
{
    IpAllowlistApi allowlist(*m_client);
    Capture<QList<IpAllowlistEntry>> listed;
    allowlist.list(this, listed.callback());
    CONTRACT_AWAIT_OK(listed);

    // This computer's own address first, so the list never locks the client out.
    Capture<QList<IpAllowlistEntry>> added;
    allowlist.add(u"127.0.0.1"_s, u"This computer (Mailgun Recovery Assistant)"_s, this, added.callback());
    CONTRACT_AWAIT_OK(added);
    Capture<QList<IpAllowlistEntry>> addedCidr;
    allowlist.add(u"127.0.0.0/8"_s, {}, this, addedCidr.callback());
    CONTRACT_AWAIT_OK(addedCidr);

    Capture<QList<IpAllowlistEntry>> invalid;
    allowlist.add(u"not-an-address"_s, {}, this, invalid.callback());
    CONTRACT_AWAIT_ERROR(invalid, 400, ApiError::Kind::BadRequest);

    for (const QString& address : {u"127.0.0.0/8"_s, u"127.0.0.1"_s}) {
        Capture<QList<IpAllowlistEntry>> removed;
        allowlist.remove(address, this, removed.callback());
        CONTRACT_AWAIT_OK(removed);
    }
    QVERIFY(m_server->account().ipAllowlist().isEmpty());
}

QTEST_GUILESS_MAIN(TestContractAccount)
#include "tst_contract_account.moc"
