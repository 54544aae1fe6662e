#include "practice/PracticeLogSynthesis.h"

#include "practice/PracticeAccount.h"
#include "practice/PracticeTraffic.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PracticeLogSynthesis {

namespace {

// PracticeSeed's story, counted back from the moment of seeding (tst_logsapi checks that the
// seeded keys and logins agree): the intruder's own key, then their SMTP login.
constexpr qint64 intruderKeyAgeMs = 31 * hourMs;
constexpr qint64 intruderLoginAgeMs = 29 * hourMs;
const QString intruderLoginLocalPart = u"mailer-7731"_s;

// Documentation address ranges (RFC 5737): the company's own machines in 203.0.113.0/24,
// the intruder's in 198.51.100.0/24 (away from the addresses PracticeSeed gives its users),
// Mailgun's outbound IP in 192.0.2.0/24.
const QString webServerIp = u"203.0.113.10"_s;
const QString officeIp = u"203.0.113.24"_s;
const QStringList intruderHttpIps{u"198.51.100.66"_s, u"198.51.100.91"_s, u"198.51.100.142"_s};
const QString intruderSmtpIp = u"198.51.100.203"_s;
const QString mailgunSendingIp = u"192.0.2.45"_s;
const QStringList recipientDomains{u"example.com"_s, u"example.net"_s, u"example.org"_s};

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Accepted:
        return u"accepted"_s;
    case Kind::Delivered:
        return u"delivered"_s;
    case Kind::Failed:
        return u"failed"_s;
    }
    return {};
}

enum class Source
{
    Website,       // baseline, http, the "Website contact form" key (the one that leaked)
    Shop,          // baseline, http, the "Shop order confirmations" sending key
    CompanySmtp,   // baseline, smtp, one of the domain's own logins
    LeakedKeyUse,  // spike before the intruder had a key of their own
    IntruderKey,   // spike, http, the intruder's key
    IntruderLogin, // spike, smtp, the intruder's login
};

// Deterministic mixing (splitmix64): qHash is seeded per process, these events must not be.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

quint64 fingerprint(const QString& text)
{
    quint64 hash = 0xcbf29ce484222325ull; // FNV-1a
    const QByteArray bytes = text.toUtf8();
    for (const char byte : bytes) {
        hash ^= quint8(byte);
        hash *= 0x100000001b3ull;
    }
    return hash;
}

QString seededKeyId(const PracticeAccount& account, const QString& label)
{
    const QString secret = account.seededSecret(label);
    return secret.isEmpty() ? QString() : PracticeAccount::keyIdFromSecret(secret);
}

bool slotBefore(const Slot& a, const Slot& b)
{
    if (a.ms != b.ms)
        return a.ms < b.ms;
    if (a.domain != b.domain)
        return a.domain < b.domain;
    if (a.message != b.message)
        return a.message < b.message;
    return int(a.kind) < int(b.kind);
}

// Who sent message i and how.
struct Message
{
    Source source = Source::Website;
    QString method;
    QString ip;
    QString keyId; // empty for SMTP
    QString sender;
    QString recipient;
    QString subject;
    quint64 hash = 0;
};

Message describe(const DomainLog& log, const HourPlan& plan, qint64 i, const Cast& cast)
{
    Message message;
    message.hash = mix(log.seed ^ mix(quint64(plan.startMs)) ^ quint64(i));
    const quint64 h = message.hash;
    if (plan.isBaseline(i)) {
        if (!log.companyLogins.isEmpty() && h % 10 < 4)
            message.source = Source::CompanySmtp;
        else if (log.shopSendsHere && (h / 10) % 2 == 0)
            message.source = Source::Shop;
        else
            message.source = Source::Website;
    } else {
        const qint64 at = plan.acceptedMs(i);
        const qint64 until = log.trafficUntil.toMSecsSinceEpoch();
        if (at < until - intruderKeyAgeMs)
            message.source = Source::LeakedKeyUse;
        else if (log.inUs && at >= until - intruderLoginAgeMs && h % 5 == 0)
            message.source = Source::IntruderLogin;
        else
            message.source = Source::IntruderKey;
    }
    const QString recipientDomain = recipientDomains.at(int((h >> 24) % quint64(recipientDomains.size())));
    switch (message.source) {
    case Source::Website:
    case Source::Shop: {
        const bool shop = message.source == Source::Shop;
        message.method = u"http"_s;
        message.ip = webServerIp;
        message.keyId = shop ? cast.shopKeyId : cast.websiteKeyId;
        message.sender = (shop ? u"orders@"_s : u"contact@"_s) + log.name;
        message.subject = shop ? u"Your order confirmation"_s : u"We received your message"_s;
        break;
    }
    case Source::CompanySmtp:
        message.method = u"smtp"_s;
        message.ip = officeIp;
        message.sender = log.companyLogins.at(int((h / 10) % quint64(log.companyLogins.size())));
        message.subject = u"News from Northwind Outfitters"_s;
        break;
    case Source::LeakedKeyUse:
    case Source::IntruderKey:
        message.method = u"http"_s;
        message.ip = intruderHttpIps.at(int((h >> 8) % quint64(intruderHttpIps.size())));
        message.keyId = message.source == Source::LeakedKeyUse ? cast.websiteKeyId : cast.intruderKeyId;
        message.sender = u"billing@"_s + log.name;
        message.subject = u"Action required: confirm your payment details"_s;
        break;
    case Source::IntruderLogin:
        message.method = u"smtp"_s;
        message.ip = intruderSmtpIp;
        message.sender = intruderLoginLocalPart + u'@' + log.name;
        message.subject = u"Your invoice is ready"_s;
        break;
    }
    const bool spike = !plan.isBaseline(i);
    message.recipient = (spike ? u"user%1@%2"_s : u"customer%1@%2"_s)
                            .arg((h >> 32) % (spike ? 90000u : 5000u))
                            .arg(recipientDomain);
    return message;
}

QString eventId(const DomainLog& log, const HourPlan& plan, qint64 i, Kind kind)
{
    const quint64 a = mix(log.seed ^ mix(quint64(plan.startMs) ^ (quint64(i) << 2) ^ quint64(kind)));
    const quint64 b = mix(a);
    QByteArray bytes;
    for (const quint64 part : {a, b}) {
        for (int shift = 0; shift < 64; shift += 8)
            bytes.append(char((part >> shift) & 0xff));
    }
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Cast castOf(const PracticeAccount& account)
{
    Cast cast;
    cast.accountId = account.accountId();
    cast.websiteKeyId = seededKeyId(account, u"admin-leaked"_s);
    cast.shopKeyId = seededKeyId(account, u"sending"_s);
    cast.intruderKeyId = seededKeyId(account, u"attacker"_s);
    for (const PracticeUser& user : account.users()) {
        if (user.isMaster)
            cast.shopDomain = u"mg."_s + user.email.section(u'@', 1);
    }
    return cast;
}

DomainLog domainLog(const PracticeDomain& domain, PracticeRegion region, const Cast& cast)
{
    DomainLog log;
    log.name = domain.name;
    log.seed = fingerprint(domain.name);
    log.inUs = region == PracticeRegion::Us;
    log.shopSendsHere = domain.name.compare(cast.shopDomain, Qt::CaseInsensitive) == 0;
    log.trafficUntil = domain.trafficUntil;
    // The logins the company had before the incident; postmaster only when it is all there is.
    const QDateTime before = domain.spikeStart.isValid() ? domain.spikeStart : domain.trafficUntil;
    QStringList postmaster;
    for (const PracticeCredential& credential : domain.credentials) {
        if (before.isValid() && credential.createdAt >= before)
            continue;
        if (credential.login.startsWith(u"postmaster@"_s, Qt::CaseInsensitive))
            postmaster.append(credential.login);
        else
            log.companyLogins.append(credential.login);
    }
    if (log.companyLogins.isEmpty())
        log.companyLogins = postmaster;
    // PracticeTraffic's counts are the contract: the events are exactly its baseline and
    // spike, split apart by asking it twice.
    log.simulated = domain;
    log.simulated.sentThroughApi.clear();
    log.baselineOnly = log.simulated;
    log.baselineOnly.spikePerHour = 0;
    return log;
}

HourPlan planHour(const DomainLog& log, qint64 startMs)
{
    HourPlan plan;
    plan.startMs = startMs;
    const QDateTime hour = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    const PracticeTraffic::Counts all = PracticeTraffic::inHour(log.simulated, hour);
    const PracticeTraffic::Counts base = PracticeTraffic::inHour(log.baselineOnly, hour);
    plan.baseline = base.accepted;
    plan.spike = all.accepted - base.accepted;
    plan.baselineFailed = base.failed;
    plan.spikeFailed = all.failed - base.failed;
    if (log.trafficUntil.isValid()) {
        const qint64 untilMs = log.trafficUntil.toMSecsSinceEpoch();
        if (untilMs > startMs && untilMs < startMs + hourMs)
            plan.spanMs = untilMs - startMs;
    }
    if (plan.stepMs() >= 4)
        plan.jitterMs = qint64(mix(log.seed ^ quint64(startMs)) % quint64(plan.stepMs() / 4));
    return plan;
}

QList<Slot> hourSlots(const QList<DomainLog>& logs, qint64 hourStartMs, const EventKinds& kinds,
                      const Window& window, QList<HourPlan>* plans)
{
    QList<Slot> hourEvents;
    plans->clear();
    for (int d = 0; d < logs.size(); ++d) {
        const HourPlan plan = planHour(logs.at(d), hourStartMs);
        plans->append(plan);
        for (qint64 i = 0; i < plan.messages(); ++i) {
            const bool failed = plan.isFailed(i);
            if (kinds.accepted)
                hourEvents.append({plan.acceptedMs(i), d, i, Kind::Accepted});
            if (failed ? kinds.failed : kinds.delivered)
                hourEvents.append({plan.outcomeMs(i), d, i, failed ? Kind::Failed : Kind::Delivered});
        }
    }
    hourEvents.removeIf(
        [&window](const Slot& slot) { return slot.ms < window.startMs || slot.ms >= window.endMs; });
    std::sort(hourEvents.begin(), hourEvents.end(), slotBefore);
    return hourEvents;
}

QJsonObject eventJson(const DomainLog& log, const HourPlan& plan, const Slot& slot, const Cast& cast)
{
    const Message message = describe(log, plan, slot.message, cast);
    const QString recipientDomain = message.recipient.section(u'@', 1);
    QJsonObject event{
        {u"id"_s, eventId(log, plan, slot.message, slot.kind)},
        {u"event"_s, kindName(slot.kind)},
        {u"@timestamp"_s, QDateTime::fromMSecsSinceEpoch(slot.ms, Qt::UTC).toString(Qt::ISODateWithMs)},
        {u"log-level"_s, slot.kind == Kind::Failed ? u"error"_s : u"info"_s},
        {u"account"_s, QJsonObject{{u"id"_s, cast.accountId}}},
        {u"domain"_s, QJsonObject{{u"name"_s, log.name}}},
        {u"recipient"_s, message.recipient},
        {u"recipient-domain"_s, recipientDomain},
        {u"message"_s,
         QJsonObject{
             {u"headers"_s, QJsonObject{{u"to"_s, message.recipient},
                                        {u"message-id"_s, u"%1.%2@%3"_s.arg(plan.startMs / 1000)
                                                              .arg(message.hash, 16, 16, QLatin1Char('0'))
                                                              .arg(log.name)},
                                        {u"from"_s, message.sender},
                                        {u"subject"_s, message.subject}}},
             {u"size"_s, qint64(2000 + message.hash % 30000)}}},
        {u"flags"_s, QJsonObject{{u"is-authenticated"_s, true},
                                 {u"is-system-test"_s, false},
                                 {u"is-routed"_s, false},
                                 {u"is-test-mode"_s, false},
                                 {u"is-delayed-bounce"_s, false},
                                 {u"is-callback"_s, false}}},
    };
    QJsonObject envelope{{u"sender"_s, message.sender}, {u"targets"_s, message.recipient}};
    if (slot.kind == Kind::Accepted) {
        // Where the message came from: only the acceptance knows (reference §8.2).
        event.insert(u"method"_s, message.method);
        event.insert(u"originating-ip"_s, message.ip);
        if (!message.keyId.isEmpty())
            event.insert(u"api-key-id"_s, message.keyId);
    } else {
        envelope.insert(u"transport"_s, u"smtp"_s);
        envelope.insert(u"sending-ip"_s, mailgunSendingIp);
    }
    event.insert(u"envelope"_s, envelope);
    if (slot.kind == Kind::Delivered) {
        event.insert(u"delivery-status"_s, QJsonObject{{u"code"_s, 250},
                                                       {u"message"_s, u"OK"_s},
                                                       {u"attempt-no"_s, 1},
                                                       {u"mx-host"_s, QString(u"mx."_s + recipientDomain)},
                                                       {u"tls"_s, true},
                                                       {u"certificate-verified"_s, true}});
    } else if (slot.kind == Kind::Failed) {
        const bool spike = !plan.isBaseline(slot.message);
        event.insert(u"severity"_s, u"permanent"_s);
        event.insert(u"reason"_s, spike ? u"generic"_s : u"bounce"_s);
        event.insert(u"delivery-status"_s,
                     QJsonObject{{u"code"_s, 550},
                                 {u"message"_s, spike ? u"5.7.1 Message rejected as spam"_s
                                                      : u"5.1.1 The email account does not exist"_s},
                                 {u"attempt-no"_s, 1},
                                 {u"bounce-type"_s, u"hard"_s},
                                 {u"mx-host"_s, QString(u"mx."_s + recipientDomain)}});
    }
    return event;
}

} // namespace PracticeLogSynthesis
