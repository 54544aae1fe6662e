#include "practice/PracticeSeed.h"

#include "practice/PracticeAccount.h"
#include "practice/PracticeSeedKeys.h"
#include "practice/PracticeSubaccountSeed.h"

using namespace Qt::StringLiterals;

namespace {

const QString company = u"northwind-outfitters.com"_s;

// The company's people: the users of the account, who also made most of its keys.
struct Person
{
    QString localPart;
    QString name;

    QString email() const { return localPart + u'@' + company; }
};

const Person dana{u"dana"_s, u"Dana Whitfield"_s};
const Person sam{u"sam"_s, u"Sam Ortiz"_s};
const Person priya{u"priya"_s, u"Priya Natarajan"_s};
const Person alex{u"alex"_s, u"Alex Kim"_s};
const QString danaUserId = u"5f1a2b3c4d5e6f7a8b9c0d11"_s; // the owner

PracticeUser makeUser(const QString& id, const Person& person, const QString& role, const QString& openedIp)
{
    PracticeUser user;
    user.id = id;
    user.name = person.name;
    user.email = person.email();
    user.role = role;
    user.openedIp = openedIp;
    return user;
}

void seedUsers(PracticeAccount& account, const QDateTime& now)
{
    PracticeUser owner = makeUser(danaUserId, dana, u"admin"_s, u"203.0.113.24"_s);
    owner.isMaster = true;
    owner.tfaEnabled = true;
    owner.tfaActive = true;
    owner.tfaCreatedAt = now.addDays(-700);
    owner.passwordUpdatedAt = now.addDays(-412);

    // No 2FA, password never changed.
    const PracticeUser developer =
        makeUser(u"5f1a2b3c4d5e6f7a8b9c0d12"_s, sam, u"developer"_s, u"198.51.100.7"_s);

    PracticeUser analyst = makeUser(u"5f1a2b3c4d5e6f7a8b9c0d13"_s, priya, u"basic"_s, u"198.51.100.19"_s);
    analyst.tfaEnabled = true; // enabled but never activated
    analyst.passwordUpdatedAt = now.addDays(-903);

    PracticeUser support = makeUser(u"5f1a2b3c4d5e6f7a8b9c0d14"_s, alex, u"support"_s, u"198.51.100.33"_s);
    support.passwordUpdatedAt = now.addDays(-190);

    account.users() = {owner, developer, analyst, support};
}

// A key of the account, as a row of keySeeds(). Its secret (and so its id) is new at every
// seeding, drawn in the order of the rows; the label finds it again (seededSecret).
struct KeySeed
{
    QString label = {};
    QDateTime createdAt = {};
    QString description = {};
    const Person* maker = nullptr; // none: made by no one of the company
    QString kind = u"user"_s;
    QString role = u"admin"_s;
    QDateTime expiresAt = {}; // none: never expires
    QString domainName = {};
    QString userId = {};
    QString disabledReason = {}; // none: not disabled
    QDateTime updatedAt = {};    // none: when created
    QString requestor = {};      // for a key no one of the company made
};

QList<KeySeed> keySeeds(const QDateTime& now)
{
    return {
        {.label = u"admin-leaked"_s,
         .createdAt = now.addDays(-731),
         .description = u"Website contact form"_s,
         .maker = &dana},
        {.label = u"developer"_s,
         .createdAt = now.addDays(-300),
         .description = u"CI deploy pipeline"_s,
         .maker = &sam,
         .role = u"developer"_s},
        {.label = u"basic"_s,
         .createdAt = now.addDays(-250),
         .description = u"Reporting dashboard"_s,
         .maker = &priya,
         .role = u"basic"_s},
        {.label = u"sending"_s,
         .createdAt = now.addDays(-200),
         .description = u"Shop order confirmations"_s,
         .kind = u"domain"_s,
         .role = u"sending"_s,
         .domainName = u"mg."_s + company},
        {.label = u"web"_s,
         .createdAt = now.addSecs(-4 * 3600),
         .description = u"Control Panel session"_s,
         .maker = &dana,
         .kind = u"web"_s,
         .expiresAt = now.addSecs(20 * 3600),
         .userId = danaUserId},
        {.label = u"disabled"_s,
         .createdAt = now.addDays(-500),
         .description = u"Old newsletter plugin"_s,
         .maker = &dana,
         .disabledReason = u"Disabled by account admin"_s,
         .updatedAt = now.addDays(-90)},
        {.label = u"expired"_s,
         .createdAt = now.addDays(-120),
         .description = u"Contractor migration"_s,
         .maker = &sam,
         .role = u"developer"_s,
         .expiresAt = now.addDays(-30)},
        // The key the intruder made for themselves with the leaked one.
        {.label = u"attacker"_s,
         .createdAt = now.addSecs(-31 * 3600),
         .description = u"api"_s,
         .requestor = u"mailops.backup@proton.me"_s},
    };
}

PracticeKey makeKey(PracticeAccount& account, const KeySeed& seed)
{
    PracticeKey key;
    key.secret = PracticeAccount::newKeySecret();
    key.id = PracticeAccount::keyIdFromSecret(key.secret);
    key.description = seed.description;
    key.kind = seed.kind;
    key.role = seed.role;
    key.createdAt = seed.createdAt;
    key.updatedAt = seed.updatedAt.isValid() ? seed.updatedAt : seed.createdAt;
    key.expiresAt = seed.expiresAt;
    key.isDisabled = !seed.disabledReason.isEmpty();
    key.disabledReason = seed.disabledReason;
    key.domainName = seed.domainName;
    key.requestor = seed.maker ? seed.maker->email() : seed.requestor;
    key.userName = seed.maker ? seed.maker->name : QString();
    key.userId = seed.userId;
    account.setSeededSecret(seed.label, key.secret);
    return key;
}

void seedKeys(PracticeAccount& account, const QDateTime& now)
{
    for (const KeySeed& seed : keySeeds(now))
        account.keys().append(makeKey(account, seed));
}

PracticeDomain makeDomain(const QString& name, const QDateTime& createdAt)
{
    PracticeDomain domain;
    domain.id = PracticeAccount::newObjectId();
    domain.name = name;
    domain.createdAt = createdAt;
    domain.credentials.append({domain.smtpLogin(), PracticeAccount::newPassword(), createdAt});
    return domain;
}

void addLogin(PracticeDomain& domain, const QString& localPart, const QDateTime& createdAt)
{
    domain.credentials.append({localPart + u'@' + domain.name, PracticeAccount::newPassword(), createdAt});
}

void setTraffic(PracticeDomain& domain, const QDateTime& now, int baseline, int spike)
{
    domain.baselinePerHour = baseline;
    domain.spikePerHour = spike;
    domain.spikeStart = now.addSecs(-40 * 3600);
    domain.trafficUntil = now;
}

void seedUs(PracticeAccount& account, const QDateTime& now)
{
    PracticeRegionData& us = account.region(PracticeRegion::Us);

    PracticeDomain mg = makeDomain(u"mg."_s + company, now.addDays(-1100));
    addLogin(mg, u"shop"_s, now.addDays(-800));
    addLogin(mg, u"wordpress"_s, now.addDays(-420));
    addLogin(mg, u"mailer-7731"_s, now.addSecs(-29 * 3600)); // nobody recognises this one
    mg.webhooks.insert(u"delivered"_s, {u"https://hooks."_s + company + u"/mailgun"_s});
    mg.webhooks.insert(u"opened"_s, {u"https://mg-events-relay.example.org/collect"_s});
    setTraffic(mg, now, 35, 1800);

    PracticeDomain news = makeDomain(u"news."_s + company, now.addDays(-600));
    addLogin(news, u"newsletter"_s, now.addDays(-590));
    setTraffic(news, now, 12, 0);

    PracticeDomain alerts = makeDomain(u"alerts."_s + company, now.addDays(-20));
    alerts.state = u"unverified"_s;

    us.domains = {alerts, news, mg}; // newest first, like Mailgun's default order

    PracticeRoute helpdesk;
    helpdesk.id = PracticeAccount::newObjectId();
    helpdesk.priority = 1;
    helpdesk.description = u"Support inbox to helpdesk"_s;
    helpdesk.expression = u"match_recipient(\"support@"_s + company + u"\")"_s;
    helpdesk.actions = {u"forward(\"https://helpdesk."_s + company + u"/inbound\")"_s, u"stop()"_s};
    helpdesk.createdAt = now.addDays(-650);

    PracticeRoute catchAll;
    catchAll.id = PracticeAccount::newObjectId();
    catchAll.priority = 0;
    catchAll.description = u"backup"_s;
    catchAll.expression = u"catch_all()"_s;
    catchAll.actions = {u"forward(\"mailbox-sync@inbox-backup.example.net\")"_s};
    catchAll.createdAt = now.addSecs(-30 * 3600);
    us.routes = {helpdesk, catchAll};

    PracticeAccountWebhook accountHook;
    accountHook.id = PracticeAccount::randomHex(24);
    accountHook.description = u"Delivery events"_s;
    accountHook.url = u"https://hooks."_s + company + u"/mg-account"_s;
    accountHook.eventTypes = {u"delivered"_s, u"permanent_fail"_s};
    accountHook.createdAt = now.addDays(-365);
    us.accountWebhooks = {accountHook};
}

void seedEu(PracticeAccount& account, const QDateTime& now)
{
    PracticeRegionData& eu = account.region(PracticeRegion::Eu);

    PracticeDomain euMain = makeDomain(u"eu."_s + company, now.addDays(-500));
    addLogin(euMain, u"shop"_s, now.addDays(-480));
    euMain.archiveTo = u"https://mail-archive-sync.example.com/hook/7f3a"_s;
    setTraffic(euMain, now, 8, 400);

    PracticeDomain de = makeDomain(u"mg.northwind-outfitters.de"_s, now.addDays(-300));
    addLogin(de, u"crm"_s, now.addDays(-280));
    setTraffic(de, now, 5, 0);

    eu.domains = {de, euMain};
}

void seedAccountWide(PracticeAccount& account, const QDateTime& now)
{
    PracticeSubaccount sub;
    sub.id = PracticeAccount::randomHex(24);
    sub.name = u"Billing notices"_s;
    sub.createdAt = now.addSecs(-26 * 3600);
    sub.updatedAt = sub.createdAt;
    account.subaccounts() = {sub};

    account.ipAllowlist().clear();
    account.setAccountId(u"5e3f1c2a9b8d7e6f5a4b3c2d"_s);
    account.setHttpSigningKey(u"key-"_s + PracticeAccount::randomHex(32));
    account.setPublicKey(u"pubkey-"_s + PracticeAccount::randomHex(32));
}

} // namespace

void PracticeSeed::seed(PracticeAccount& account, const QDateTime& now)
{
    const QDateTime utcNow = now.toUTC();
    account.setSeededAt(utcNow);
    seedUsers(account, utcNow);
    seedKeys(account, utcNow);
    seedUs(account, utcNow);
    seedEu(account, utcNow);
    seedAccountWide(account, utcNow);
    PracticeSeedKeys::seed(account, utcNow);
    PracticeSubaccountSeed::seed(account, utcNow);
}
