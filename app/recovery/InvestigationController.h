#pragma once

#include "investigate/FindingRecord.h"
#include "investigate/KeyMatcher.h"
#include "investigate/LeakFinding.h"
#include "recovery/KeyRetest.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class AccountReview;
class Journal;
class LeakScanner;
class MailgunClient;
class SiteProbe;

// Step 1 for both front ends, the wizard and the command line: runs a folder scan, a website
// probe or the account review that the front end made (and watches for progress), first
// reads the account's key ids so that found keys are matched to them ("the key you are
// using", "another key of this account"), and afterwards records every finding in the
// journal, so that step 2 proposes deleting the keys they name and the report lists them,
// whichever front end ran the step.
class InvestigationController : public QObject
{
    Q_OBJECT

public:
    enum class Activity
    {
        FolderScan,
        WebsiteProbe,
        AccountReview,
    };
    Q_ENUM(Activity)

    // `client`: null when the API cannot be used (no key, a disabled account); found keys
    // are then not matched. `keyInUseId`: the id of the key the client uses, empty if unknown.
    InvestigationController(MailgunClient* client, const QString& keyInUseId, Journal* journal,
                            QObject* parent = nullptr);

    // Each runs one activity; `finished` follows once it ended (cancelled too). The engine
    // stays the caller's: it connects to its progress signals before calling.
    void scan(LeakScanner* scanner, const QStringList& folders, bool deep);
    // Nothing starts when the addresses are not web addresses: `rejected` follows instead.
    void probe(SiteProbe* probe, const QStringList& addresses);
    void review(AccountReview* review, const QDateTime& incidentStart);

    // Records findings not yet in the journal. False when the journal could not be written.
    bool record(const QList<FindingRecord>& findings);

    // The account's keys that the scans and probes of this controller found, secrets held in
    // memory only (never stored): step 2 tries them once more after its deletes (KeyRetest).
    // Keys whose entry is known only: the key in use, another key, a sending key.
    const QList<KeyRetest::Candidate>& foundKeys() const { return m_foundKeys; }
    // The same, from a list of findings; public for the front ends' tests.
    static QList<KeyRetest::Candidate> retestCandidates(const QList<LeakFinding>& findings);

Q_SIGNALS:
    // The account's key ids are being read before the activity starts.
    void readingKeys(InvestigationController::Activity activity);
    void started(InvestigationController::Activity activity);
    void rejected(InvestigationController::Activity activity);
    // Every finding of the activity, recorded in the journal unless `saved` is false.
    void finished(InvestigationController::Activity activity, const QList<FindingRecord>& findings,
                  bool saved);

private:
    // Reads the account's key ids (when the API can be used) and answers once, later, in
    // `context`; a matcher that checks nothing when they cannot be read.
    void loadKeyMatcher(QObject* context, std::function<void(const KeyMatcher&)> ready);
    void finish(Activity activity, const QList<FindingRecord>& findings);
    void keepFoundKeys(const QList<LeakFinding>& findings);

    QPointer<MailgunClient> m_client;
    QString m_keyInUseId;
    Journal* m_journal;
    QList<KeyRetest::Candidate> m_foundKeys;
};
