#include "practice/PracticeLogsRoutes.h"

#include "practice/PracticeAccount.h"
#include "practice/PracticeDates.h"
#include "practice/PracticeTraffic.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 hourMs = 3600 * 1000;
constexpr int maxLimit = 100; // the spec: "The maximum number of items returned (100 max)"

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

// Every event type Mailgun logs; the simulation produces the first three.
const QStringList knownEvents{u"accepted"_s, u"delivered"_s,    u"failed"_s,     u"rejected"_s, u"opened"_s,
                              u"clicked"_s,  u"unsubscribed"_s, u"complained"_s, u"stored"_s};

enum class Kind
{
    Accepted,
    Delivered,
    Failed
};

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

// Key ids of the seeded keys, from their seeded secrets: still known once a key is deleted.
struct Cast
{
    QString accountId;
    QString websiteKeyId;
    QString shopKeyId;
    QString intruderKeyId;
    QString shopDomain; // where the domain-bound sending key sends: mg.<company>
};

QString seededKeyId(const PracticeAccount& account, const QString& label)
{
    const QString secret = account.seededSecret(label);
    return secret.isEmpty() ? QString() : PracticeAccount::keyIdFromSecret(secret);
}

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

// One domain's part of the log, with what stays the same from hour to hour.
struct DomainLog
{
    QString name;
    quint64 seed = 0;
    bool inUs = false;
    bool shopSendsHere = false;
    QStringList companyLogins; // baseline SMTP senders
    QDateTime trafficUntil;
    PracticeDomain simulated;    // the domain without the messages really sent through the API
    PracticeDomain baselineOnly; // the same without the spike
};

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

// The messages of one domain in one hour: message i is accepted at a point of an even grid
// over the hour, and delivered or failed half a grid step later.
struct HourPlan
{
    qint64 startMs = 0;
    qint64 spanMs = hourMs; // shorter in the hour the traffic ends, so nothing is in the future
    qint64 baseline = 0;
    qint64 spike = 0;
    qint64 baselineFailed = 0;
    qint64 spikeFailed = 0;
    qint64 jitterMs = 0;

    qint64 messages() const { return baseline + spike; }
    qint64 failed() const { return baselineFailed + spikeFailed; }
    qint64 stepMs() const { return messages() > 0 ? spanMs / messages() : 0; }
    qint64 acceptedMs(qint64 i) const { return startMs + i * spanMs / messages() + jitterMs; }
    qint64 outcomeMs(qint64 i) const { return acceptedMs(i) + stepMs() / 2; }
    // Spreads `part` of `whole` evenly: whether item `index` is one of them.
    static bool pick(qint64 index, qint64 part, qint64 whole)
    {
        return whole > 0 && (index + 1) * part / whole != index * part / whole;
    }
    bool isBaseline(qint64 i) const { return pick(i, baseline, messages()); }
    qint64 baselineIndex(qint64 i) const { return (i + 1) * baseline / messages() - 1; }
    qint64 spikeIndex(qint64 i) const { return i - (i + 1) * baseline / messages(); }
    bool isFailed(qint64 i) const
    {
        return isBaseline(i) ? pick(baselineIndex(i), baselineFailed, baseline)
                             : pick(spikeIndex(i), spikeFailed, spike);
    }
};

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

struct EventKinds
{
    bool accepted = false;
    bool delivered = false;
    bool failed = false;

    qint64 count(const HourPlan& plan) const
    {
        return (accepted ? plan.messages() : 0) + (delivered ? plan.messages() - plan.failed() : 0) +
               (failed ? plan.failed() : 0);
    }
};

// One event before it becomes JSON.
struct Slot
{
    qint64 ms = 0;
    int domain = 0;
    qint64 message = 0;
    Kind kind = Kind::Accepted;
};

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

struct Window
{
    qint64 startMs = 0;
    qint64 endMs = 0; // exclusive
};

// The events of one hour in the window, in time order. `plans` receives each domain's plan.
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
        message.method = u"http"_s;
        message.ip = webServerIp;
        message.keyId = cast.websiteKeyId;
        message.sender = u"contact@"_s + log.name;
        message.subject = u"We received your message"_s;
        break;
    case Source::Shop:
        message.method = u"http"_s;
        message.ip = webServerIp;
        message.keyId = cast.shopKeyId;
        message.sender = u"orders@"_s + log.name;
        message.subject = u"Your order confirmation"_s;
        break;
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

// The filter of the request: only the "domain" attribute is known to the practice server.
std::optional<PracticeResponse> domainSelected(const QString& name, const QJsonValue& filter, bool* selected)
{
    *selected = true;
    if (filter.isUndefined() || filter.isNull())
        return std::nullopt;
    if (!filter.isObject() || !filter.toObject().value(u"AND"_s).isArray())
        return PracticeResponse::message(400, u"filter must be an object with an AND list"_s);
    const QJsonArray predicates = filter.toObject().value(u"AND"_s).toArray();
    for (const QJsonValue& value : predicates) {
        const QJsonObject predicate = value.toObject();
        const QString attribute = predicate.value(u"attribute"_s).toString();
        if (attribute != u"domain"_s)
            return PracticeResponse::message(400, u"unsupported filter attribute: "_s + attribute);
        const QString comparator = predicate.value(u"comparator"_s).toString();
        const bool contains = comparator == u"contains"_s || comparator == u"not contains"_s;
        if (!contains && comparator != u"="_s && comparator != u"!="_s)
            return PracticeResponse::message(400, u"unsupported filter comparator: "_s + comparator);
        bool any = false;
        const QJsonArray values = predicate.value(u"values"_s).toArray();
        for (const QJsonValue& item : values) {
            const QString wanted = item.toObject().value(u"value"_s).toString();
            any = any || (contains ? name.contains(wanted, Qt::CaseInsensitive)
                                   : name.compare(wanted, Qt::CaseInsensitive) == 0);
        }
        const bool negated = comparator == u"!="_s || comparator == u"not contains"_s;
        if (any == negated)
            *selected = false;
    }
    return std::nullopt;
}

std::optional<PracticeResponse> readKinds(const QJsonObject& query, EventKinds* kinds)
{
    QStringList names;
    const QJsonArray events = query.value(u"events"_s).toArray();
    for (const QJsonValue& value : events) {
        if (!knownEvents.contains(value.toString()))
            return PracticeResponse::message(400, u"invalid event: "_s + value.toString());
        names.append(value.toString());
    }
    // "Will be converted into corresponding events" (the spec); these are the ones whose
    // event the simulation knows.
    const QJsonArray metricEvents = query.value(u"metric_events"_s).toArray();
    for (const QJsonValue& value : metricEvents) {
        const QString metric = value.toString();
        if (metric == u"accepted_count"_s || metric == u"accepted_outgoing_count"_s)
            names.append(u"accepted"_s);
        else if (metric == u"delivered_count"_s)
            names.append(u"delivered"_s);
        else if (metric == u"failed_count"_s || metric == u"permanent_failed_count"_s)
            names.append(u"failed"_s);
        else
            return PracticeResponse::message(400, u"unsupported metric event: "_s + metric);
    }
    const bool all = events.isEmpty() && metricEvents.isEmpty();
    kinds->accepted = all || names.contains(u"accepted"_s);
    kinds->delivered = all || names.contains(u"delivered"_s);
    kinds->failed = all || names.contains(u"failed"_s);
    return std::nullopt;
}

// The page token: a position in the answer, and the window it was counted in, so that a
// default end ("now") does not move between pages.
QString pageToken(qint64 offset, const Window& window)
{
    const QByteArray payload = "logs1:" + QByteArray::number(offset) + ':' +
                               QByteArray::number(window.startMs) + ':' + QByteArray::number(window.endMs);
    return QString::fromLatin1(
        payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool readPageToken(const QString& token, qint64* offset, Window* window)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 4 || parts.at(0) != "logs1")
        return false;
    bool ok[3] = {false, false, false};
    *offset = parts.at(1).toLongLong(&ok[0]);
    window->startMs = parts.at(2).toLongLong(&ok[1]);
    window->endMs = parts.at(3).toLongLong(&ok[2]);
    return ok[0] && ok[1] && ok[2] && *offset >= 0 && window->startMs <= window->endMs;
}

PracticeResponse logs(const PracticeCall& call)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(call.request.body, &parseError);
    if (!call.request.body.isEmpty() && !document.isObject())
        return PracticeResponse::message(400, u"Invalid JSON body: "_s + parseError.errorString());
    const QJsonObject query = document.object();

    const QJsonObject pagination = query.value(u"pagination"_s).toObject();
    const QString sort = pagination.value(u"sort"_s).toString(u"timestamp:desc"_s);
    if (sort != u"timestamp:desc"_s && sort != u"timestamp:asc"_s)
        return PracticeResponse::message(400, u"pagination sort must be timestamp:asc or timestamp:desc"_s);
    const bool newestFirst = sort == u"timestamp:desc"_s;
    const int limit = pagination.value(u"limit"_s).toInt(maxLimit);
    if (limit < 1 || limit > maxLimit)
        return PracticeResponse::message(400, u"pagination limit must be between 1 and 100"_s);

    Window window;
    qint64 offset = 0;
    const QString token = pagination.value(u"token"_s).toString();
    if (!token.isEmpty()) {
        if (!readPageToken(token, &offset, &window))
            return PracticeResponse::message(400, u"invalid pagination token"_s);
    } else {
        const QString endText = query.value(u"end"_s).toString();
        const QDateTime end = endText.isEmpty() ? call.now : PracticeDates::parseRequestDate(endText);
        if (!end.isValid())
            return PracticeResponse::message(400, u"invalid end date: "_s + endText);
        const QString startText = query.value(u"start"_s).toString();
        const QDateTime start =
            startText.isEmpty() ? end.addDays(-1) : PracticeDates::parseRequestDate(startText);
        if (!start.isValid())
            return PracticeResponse::message(400, u"invalid start date: "_s + startText);
        if (start > end)
            return PracticeResponse::message(400, u"start must be before end"_s);
        window = {start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()};
    }

    EventKinds kinds;
    if (auto problem = readKinds(query, &kinds))
        return *problem;

    // Every simulated event is the account's own: sub-accounts send nothing here, so
    // include_subaccounts changes nothing.
    const Cast cast = castOf(call.account);
    QList<DomainLog> logs;
    qint64 trafficStartMs = window.endMs;
    qint64 trafficEndMs = window.startMs;
    for (const PracticeDomain& domain : call.account.region(call.region).domains) {
        bool selected = true;
        if (auto problem = domainSelected(domain.name, query.value(u"filter"_s), &selected))
            return *problem;
        if (!selected || !domain.trafficUntil.isValid())
            continue;
        logs.append(domainLog(domain, call.region, cast));
        trafficStartMs = qMin(trafficStartMs, domain.createdAt.toMSecsSinceEpoch());
        trafficEndMs = qMax(trafficEndMs, domain.trafficUntil.toMSecsSinceEpoch());
    }

    // Events per hour: by arithmetic for whole hours, by listing them for the (at most two)
    // hours the window cuts.
    QList<qint64> hours;
    QList<qint64> counts;
    const qint64 firstMs = qMax(window.startMs, trafficStartMs);
    const qint64 lastMs = qMin(window.endMs, trafficEndMs);
    QList<HourPlan> plans;
    for (qint64 hour = firstMs - firstMs % hourMs; hour < lastMs; hour += hourMs) {
        qint64 count = 0;
        if (hour >= window.startMs && hour + hourMs <= window.endMs) {
            for (const DomainLog& log : std::as_const(logs))
                count += kinds.count(planHour(log, hour));
        } else {
            count = hourSlots(logs, hour, kinds, window, &plans).size();
        }
        if (count > 0) {
            hours.append(hour);
            counts.append(count);
        }
    }
    if (newestFirst) {
        std::reverse(hours.begin(), hours.end());
        std::reverse(counts.begin(), counts.end());
    }
    qint64 total = 0;
    for (const qint64 count : std::as_const(counts))
        total += count;

    QJsonArray items;
    qint64 before = 0; // events in the hours already passed
    for (qsizetype h = 0; h < hours.size() && before < offset + limit; ++h) {
        const qint64 count = counts.at(h);
        if (before + count > offset) {
            QList<Slot> hourEvents = hourSlots(logs, hours.at(h), kinds, window, &plans);
            if (newestFirst)
                std::reverse(hourEvents.begin(), hourEvents.end());
            const qint64 from = qMax<qint64>(0, offset - before);
            const qint64 to = qMin<qint64>(count, offset + limit - before);
            for (qint64 i = from; i < to; ++i) {
                const Slot& slot = hourEvents.at(i);
                items.append(eventJson(logs.at(slot.domain), plans.at(slot.domain), slot, cast));
            }
        }
        before += count;
    }

    QJsonObject paging{{u"first"_s, pageToken(0, window)},
                       {u"last"_s, pageToken(total > 0 ? (total - 1) / limit * limit : 0, window)}};
    if (offset > 0)
        paging.insert(u"previous"_s, pageToken(qMax<qint64>(0, offset - limit), window));
    if (offset + limit < total)
        paging.insert(u"next"_s, pageToken(offset + limit, window));
    QJsonObject aggregates;
    if (query.value(u"include_totals"_s).toBool()) {
        paging.insert(u"total"_s, total);
        aggregates.insert(u"all"_s, total);
    }
    const auto date = [](qint64 ms) {
        return PracticeDates::rfc2822(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    };
    return PracticeResponse::json({{u"start"_s, date(window.startMs)},
                                   {u"end"_s, date(window.endMs)},
                                   {u"items"_s, items},
                                   {u"pagination"_s, paging},
                                   {u"aggregates"_s, aggregates}});
}

} // namespace

PracticeRouteResult PracticeLogsRoutes::route(const PracticeCall& call)
{
    if (call.segments != QStringList{u"v1"_s, u"analytics"_s, u"logs"_s})
        return std::nullopt;
    return call.is("POST") ? logs(call) : practiceMethodNotAllowed();
}
