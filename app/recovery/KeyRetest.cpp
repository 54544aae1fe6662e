#include "recovery/KeyRetest.h"

#include "mailgun/MailgunClient.h"
#include "recovery/Journal.h"
#include "recovery/RecoveryLog.h"

#include <QMetaEnum>

#include <algorithm>

using namespace Qt::StringLiterals;

KeyRetest::KeyRetest(MailgunClient* client, Journal* journal, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{}

void KeyRetest::addNew(QList<Candidate>& into, const QList<Candidate>& more)
{
    for (const Candidate& candidate : more) {
        const bool known = std::any_of(into.cbegin(), into.cend(),
                                       [&](const Candidate& kept) { return kept.keyId == candidate.keyId; });
        if (!known)
            into.append(candidate);
    }
}

QString KeyRetest::entryType()
{
    return u"key-retested"_s;
}

QString KeyRetest::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Refused:
        return u"refused"_s;
    case Outcome::StillWorks:
        return u"still-works"_s;
    case Outcome::NotTestable:
        return u"not-testable"_s;
    case Outcome::NotChecked:
        break;
    }
    return u"not-checked"_s;
}

KeyRetest::Outcome KeyRetest::outcomeOf(int httpStatus)
{
    // 403 is a key Mailgun knows whose role is too narrow: alive (docs "API Response Codes").
    if (httpStatus == 401)
        return Outcome::Refused;
    if (httpStatus == 200 || httpStatus == 403)
        return Outcome::StillWorks;
    return Outcome::NotChecked;
}

bool KeyRetest::anyStillWorks() const
{
    return std::any_of(m_results.cbegin(), m_results.cend(),
                       [](const Result& result) { return result.outcome == Outcome::StillWorks; });
}

void KeyRetest::run(const Secret& control, const QList<Candidate>& candidates)
{
    m_queue = candidates;
    m_results.clear();
    m_controlPassed = false;
    if (m_queue.isEmpty() || !m_client || control.isEmpty()) {
        m_controlProblem = u"no-positive-control"_s;
        next();
        return;
    }
    // The positive control: the new key must get through from here, now, or a 401 below
    // could be the IP allowlist or a network problem as well as a dead key.
    read(control, [this](int status, const QString& error) {
        m_controlPassed = status == 200;
        m_controlProblem = m_controlPassed ? QString() : u"no-positive-control"_s;
        qCInfo(lcRecovery, "key re-test: positive control %s (HTTP %d%s%s)",
               m_controlPassed ? "passed" : "failed", status, error.isEmpty() ? "" : ", ",
               qUtf8Printable(error));
        next();
    });
}

void KeyRetest::read(const Secret& key, std::function<void(int, const QString&)> done)
{
    // A client of its own: the program's client keeps the key it works with.
    auto* probe = new MailgunClient(m_client->endpoints(), this);
    probe->setOptions(m_client->options());
    probe->setApiKey(key);
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"1"_s);
    probe->send(ApiRequest::get(Region::Us, u"/v4/domains"_s, query), this,
                [probe, done](const ApiResponse& response) {
                    probe->deleteLater();
                    done(response.httpStatus, response.ok() ? QString() : response.error.code());
                });
}

void KeyRetest::next()
{
    if (m_queue.isEmpty()) {
        end();
        return;
    }
    const Candidate candidate = m_queue.takeFirst();
    Result result;
    result.keyId = candidate.keyId;
    result.origin = candidate.origin;
    if (candidate.sendingKey) {
        result.outcome = Outcome::NotTestable;
        result.at = QDateTime::currentDateTimeUtc();
        record(result);
        next();
        return;
    }
    if (!m_controlPassed) {
        result.outcome = Outcome::NotChecked;
        result.reason = m_controlProblem;
        result.at = QDateTime::currentDateTimeUtc();
        record(result);
        next();
        return;
    }
    read(candidate.secret, [this, result](int status, const QString& error) mutable {
        result.at = QDateTime::currentDateTimeUtc();
        result.httpStatus = status;
        result.outcome = outcomeOf(status);
        if (result.outcome == Outcome::NotChecked)
            result.reason = error.isEmpty() ? u"http-%1"_s.arg(status) : error;
        record(result);
        next();
    });
}

void KeyRetest::record(const Result& result)
{
    qCInfo(lcRecovery, "key re-test: %s %s (HTTP %d)", qUtf8Printable(result.keyId),
           qUtf8Printable(outcomeId(result.outcome)), result.httpStatus);
    m_results.append(result);
    QJsonObject data{{u"id"_s, result.keyId},
                     {u"origin"_s, result.origin},
                     {u"outcome"_s, outcomeId(result.outcome)},
                     {u"status"_s, result.httpStatus},
                     {u"at"_s, result.at.toUTC().toString(Qt::ISODate)}};
    if (!result.reason.isEmpty())
        data.insert(u"reason"_s, result.reason);
    // A record that cannot be written loses only this proof; the results are still shown.
    QString error;
    if (!m_journal->append(entryType(), data, &error))
        qCWarning(lcRecovery, "key re-test: not recorded in the journal");
}

void KeyRetest::end()
{
    std::stable_partition(m_results.begin(), m_results.end(),
                          [](const Result& result) { return result.outcome == Outcome::StillWorks; });
    Q_EMIT finished();
}

QStringList KeyRetest::sentences(const QList<Result>& results)
{
    QStringList lines;
    for (const Result& result : results) {
        const QString time = result.at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
        switch (result.outcome) {
        case Outcome::StillWorks:
            lines
                << tr("WARNING: the old key %1 STILL WORKS (Mailgun accepted it at %2). Delete it now in the "
                      "Control Panel (API Security), then check again.")
                       .arg(result.keyId, time);
            break;
        case Outcome::Refused:
            lines << tr("The old key %1 is dead: Mailgun refused it at %2.").arg(result.keyId, time);
            break;
        case Outcome::NotTestable:
            lines << tr("The sending key %1 was deleted from the key list. A sending key cannot be tested "
                        "without sending mail.")
                         .arg(result.keyId);
            break;
        case Outcome::NotChecked:
            lines
                << (result.reason == u"no-positive-control"_s
                        ? tr("The old key %1 could not be checked: the new key did not get through from this "
                             "computer either, so a refusal would prove nothing.")
                              .arg(result.keyId)
                        : tr("The old key %1 could not be checked: Mailgun gave no clear answer.")
                              .arg(result.keyId));
            break;
        }
    }
    return lines;
}
