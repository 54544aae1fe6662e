#pragma once

#include "practice/PracticeModel.h"
#include "practice/PracticeRegion.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class PracticeAccount;

// The log events behind the sending volume of PracticeTraffic, made up hour by hour for
// PracticeLogsRoutes (which tells the story of who sends what). Every event is a pure
// function of the domain, the hour and its index in that hour, so the same question always
// gets the same events and nothing has to be kept.
namespace PracticeLogSynthesis {

constexpr qint64 hourMs = 3600 * 1000;

// Key ids of the seeded keys, from their seeded secrets: still known once a key is deleted.
struct Cast
{
    QString accountId;
    QString websiteKeyId;
    QString shopKeyId;
    QString intruderKeyId;
    QString shopDomain; // where the domain-bound sending key sends: mg.<company>
};

Cast castOf(const PracticeAccount& account);

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

DomainLog domainLog(const PracticeDomain& domain, PracticeRegion region, const Cast& cast);

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

HourPlan planHour(const DomainLog& log, qint64 startMs);

// Which of the simulated event types a request asks for.
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

enum class Kind
{
    Accepted,
    Delivered,
    Failed
};

// One event before it becomes JSON.
struct Slot
{
    qint64 ms = 0;
    int domain = 0;
    qint64 message = 0;
    Kind kind = Kind::Accepted;
};

struct Window
{
    qint64 startMs = 0;
    qint64 endMs = 0; // exclusive
};

// The events of one hour in the window, in time order. `plans` receives each domain's plan.
QList<Slot> hourSlots(const QList<DomainLog>& logs, qint64 hourStartMs, const EventKinds& kinds,
                      const Window& window, QList<HourPlan>* plans);

// The event as Mailgun's logs API returns it (reference §8.2).
QJsonObject eventJson(const DomainLog& log, const HourPlan& plan, const Slot& slot, const Cast& cast);

} // namespace PracticeLogSynthesis
