#include "recovery/InvestigationController.h"

#include "investigate/AccountReview.h"
#include "investigate/KeyMatcherLoader.h"
#include "investigate/LeakScanner.h"
#include "investigate/SiteProbe.h"
#include "mailgun/MailgunClient.h"
#include "mailgun/api/KeysApi.h"
#include "recovery/RecordedFindings.h"
#include "recovery/SubaccountJournal.h"

#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

InvestigationController::InvestigationController(MailgunClient* client, const QString& keyInUseId,
                                                 Journal* journal, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_keyInUseId(keyInUseId)
    , m_journal(journal)
{}

void InvestigationController::loadKeyMatcher(QObject* context, std::function<void(const KeyMatcher&)> ready)
{
    if (!m_client) {
        QTimer::singleShot(0, context, [ready = std::move(ready)] { ready(KeyMatcher()); });
        return;
    }
    KeyMatcherLoader::load(*m_client, m_keyInUseId, context, std::move(ready));
}

void InvestigationController::scan(LeakScanner* scanner, const QStringList& folders, bool deep)
{
    const QPointer<LeakScanner> guard(scanner);
    connect(scanner, &LeakScanner::finished, this, [this, scanner] {
        QList<FindingRecord> records;
        for (const LeakFinding& finding : scanner->findings())
            records.append(finding.record());
        keepFoundKeys(scanner->findings());
        finish(Activity::FolderScan, records);
    });
    if (m_client)
        Q_EMIT readingKeys(Activity::FolderScan);
    loadKeyMatcher(scanner, [this, guard, folders, deep](const KeyMatcher& matcher) {
        if (!guard)
            return;
        guard->setKeyMatcher(matcher);
        Q_EMIT started(Activity::FolderScan);
        guard->start(folders, deep);
    });
}

void InvestigationController::probe(SiteProbe* probe, const QStringList& addresses)
{
    const QPointer<SiteProbe> guard(probe);
    connect(probe, &SiteProbe::finished, this, [this, probe] {
        QList<FindingRecord> records;
        for (const SiteExposure& exposure : probe->exposures()) {
            records.append(exposure.records());
            keepFoundKeys(exposure.credentials);
        }
        finish(Activity::WebsiteProbe, records);
    });
    if (m_client)
        Q_EMIT readingKeys(Activity::WebsiteProbe);
    loadKeyMatcher(probe, [this, guard, addresses](const KeyMatcher& matcher) {
        if (!guard)
            return;
        guard->setKeyMatcher(matcher);
        if (!guard->start(addresses)) {
            Q_EMIT rejected(Activity::WebsiteProbe);
            return;
        }
        Q_EMIT started(Activity::WebsiteProbe);
    });
}

void InvestigationController::review(AccountReview* review, const QDateTime& incidentStart)
{
    connect(review, &AccountReview::finished, this, [this, review] {
        QList<FindingRecord> records;
        for (const AccountFinding& finding : review->findings())
            records.append(finding.record());
        SubaccountJournal::record(m_journal, review->inventory()); // for the report's subaccounts
        finish(Activity::AccountReview, records);
    });
    review->start(incidentStart, m_keyInUseId);
    Q_EMIT started(Activity::AccountReview);
}

bool InvestigationController::record(const QList<FindingRecord>& findings)
{
    bool ok = true;
    RecordedFindings::record(m_journal, findings, &ok);
    return ok;
}

QList<KeyRetest::Candidate> InvestigationController::retestCandidates(const QList<LeakFinding>& findings)
{
    using Match = LeakFinding::KeyMatch;
    QList<KeyRetest::Candidate> candidates;
    for (const LeakFinding& finding : findings) {
        if (!finding.hasSecret() || finding.matchedKeyId.isEmpty())
            continue;
        if (finding.match != Match::InUse && finding.match != Match::AccountKey &&
            finding.match != Match::SendingKey)
            continue;
        candidates.append(
            {finding.matchedKeyId, finding.secret, u"found"_s, finding.match == Match::SendingKey});
    }
    return candidates;
}

void InvestigationController::keepFoundKeys(const QList<LeakFinding>& findings)
{
    KeyRetest::addNew(m_foundKeys, retestCandidates(findings));
}

void InvestigationController::finish(Activity activity, const QList<FindingRecord>& findings)
{
    const bool saved = record(findings);
    Q_EMIT finished(activity, findings, saved);
}
