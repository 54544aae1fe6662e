// Proving old keys dead after step 2 (docs/mailgun-behaviour.md, point 11): each old key this
// run holds is tried once with GET /v4/domains?limit=1, only right after the new key passed the
// same read (the positive control); only 401 counts as refused, a key that still works comes
// first; the journal keeps the key id, the UTC time and the outcome, never the secret.
#include "FastPracticeClient.h"
#include "mailgun/KeyFormat.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "recovery/InvestigationController.h"
#include "recovery/Journal.h"
#include "recovery/KeyRetest.h"
#include "recovery/KeyRotationController.h"
#include "recovery/SecretEntries.h"
#include "secrets/KeychainSecretStore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestKeyRetest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rotationProvesTheEnteredKeyDead();
    void aKeyThatStillWorksComesFirst();
    void withoutAPositiveControlNothingIsClaimed();
    void aSendingKeyIsNotTestedByARead();
    void onlyA401CountsAsRefused();
    void sentencesSayItPlainly();
    void step1FindingsBecomeCandidates();

private:
    QList<KeyRetest::Result> retest(const Secret& control, const QList<KeyRetest::Candidate>& candidates);
    QList<Journal::Entry> retestEntries() const;
    QString secretOf(const QString& label) const { return m_server->account().seededSecret(label); }

    PracticeServer* m_server = nullptr;
    MailgunClient* m_client = nullptr;
    Journal* m_journal = nullptr;
};

void TestKeyRetest::init()
{
    m_server = new PracticeServer;
    QVERIFY(m_server->start());
    m_server->account().setNewKeyRefusals(0);
    m_client = newFastPracticeClient(*m_server, 2);
    m_journal = new Journal(QString{});
}

void TestKeyRetest::cleanup()
{
    delete m_journal;
    delete m_client;
    delete m_server;
}

QList<KeyRetest::Result> TestKeyRetest::retest(const Secret& control,
                                               const QList<KeyRetest::Candidate>& candidates)
{
    KeyRetest retest(m_client, m_journal);
    QSignalSpy done(&retest, &KeyRetest::finished);
    retest.run(control, candidates);
    if (done.isEmpty() && !done.wait(15000))
        return {};
    return retest.results();
}

QList<Journal::Entry> TestKeyRetest::retestEntries() const
{
    QList<Journal::Entry> entries;
    for (const Journal::Entry& entry : m_journal->entries()) {
        if (entry.type == u"key-retested"_s)
            entries.append(entry);
    }
    return entries;
}

void TestKeyRetest::rotationProvesTheEnteredKeyDead()
{
    m_server->account().setNewKeyRefusals(1); // the practice default: the new key is refused once
    KeychainSecretStore keychain(QStringLiteral("Mailgun Recovery Assistant"), std::chrono::seconds(10));
    KeyRotationController controller(m_client, &keychain, m_journal);
    controller.setVerifyRetryDelays({10, 10, 10});
    const QString leaked = m_server->practiceKey();
    const QString leakedId = PracticeAccount::keyIdFromSecret(leaked);
    controller.load(leakedId, QDateTime::currentDateTimeUtc().addDays(-14));
    QTRY_VERIFY(controller.phase() == KeyRotationController::Phase::Ready);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    controller.start(controller.plan().selected);
    QTRY_VERIFY_WITH_TIMEOUT(controller.phase() == KeyRotationController::Phase::Finished ||
                                 controller.phase() == KeyRotationController::Phase::Failed,
                             20000);
    QVERIFY2(controller.phase() == KeyRotationController::Phase::Finished,
             qPrintable(controller.failureMessage()));
    keychain.remove(SecretEntries::apiKey(controller.newKeyId()), this, [](const SecretStore::Result&) {});

    QCOMPARE(controller.retestResults().size(), 1);
    const KeyRetest::Result& result = controller.retestResults().first();
    QCOMPARE(result.keyId, leakedId);
    QCOMPARE(result.outcome, KeyRetest::Outcome::Refused);
    QCOMPARE(result.httpStatus, 401);
    const QList<Journal::Entry> entries = retestEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().data.value(u"id"_s).toString(), leakedId);
    QCOMPARE(entries.first().data.value(u"outcome"_s).toString(), u"refused"_s);
    QCOMPARE(entries.first().data.value(u"origin"_s).toString(), u"entered"_s);
    const QDateTime at = QDateTime::fromString(entries.first().data.value(u"at"_s).toString(), Qt::ISODate);
    QVERIFY(at.isValid());
    QCOMPARE(at.timeSpec(), Qt::UTC);
    QVERIFY(at >= before);
    // The re-test came after the deletes, and the secret is nowhere in the journal.
    QCOMPARE(m_journal->entries().last().type, u"key-retested"_s);
    for (const Journal::Entry& entry : m_journal->entries())
        QVERIFY(!QJsonDocument(entry.data).toJson().contains(leaked.toUtf8()));
    // The requests: the new key's control read, then the old key's, both harmless reads.
    QStringList reads;
    for (const PracticeRequestRecord& request : m_server->requests()) {
        if (request.path == u"/v4/domains"_s && request.query == u"limit=1"_s)
            reads << QString::number(request.status);
    }
    QCOMPARE(reads, (QStringList{u"200"_s, u"401"_s}));
}

void TestKeyRetest::aKeyThatStillWorksComesFirst()
{
    const QString developer = secretOf(u"developer"_s);
    QVERIFY(!developer.isEmpty());
    // A made-up key Mailgun never had: refused, like a deleted one.
    const QString gone = u"0123456789abcdef0123456789abcdef-01234567-89abcdef"_s;
    const QList<KeyRetest::Result> results =
        retest(Secret(m_server->practiceKey()),
               {{KeyFormat::keyIdOf(gone), Secret(gone), u"found"_s, false},
                {KeyFormat::keyIdOf(developer), Secret(developer), u"found"_s, false}});
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).keyId, KeyFormat::keyIdOf(developer));
    QCOMPARE(results.at(0).outcome, KeyRetest::Outcome::StillWorks);
    QCOMPARE(results.at(0).httpStatus, 200);
    QCOMPARE(results.at(1).outcome, KeyRetest::Outcome::Refused);
    QCOMPARE(retestEntries().size(), 2);
}

void TestKeyRetest::withoutAPositiveControlNothingIsClaimed()
{
    // This computer is outside the allowlist: every key gets 401, the new one too.
    m_server->account().ipAllowlist().append({u"203.0.113.0/24"_s, u"office"_s});
    const QString gone = u"0123456789abcdef0123456789abcdef-01234567-89abcdef"_s;
    const QList<KeyRetest::Result> results = retest(
        Secret(m_server->practiceKey()), {{KeyFormat::keyIdOf(gone), Secret(gone), u"entered"_s, false}});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, KeyRetest::Outcome::NotChecked);
    QCOMPARE(results.first().reason, u"no-positive-control"_s);
    QCOMPARE(retestEntries().first().data.value(u"outcome"_s).toString(), u"not-checked"_s);
    int oldKeyReads = 0; // the old key is not even tried
    for (const PracticeRequestRecord& request : m_server->requests())
        oldKeyReads += request.path == u"/v4/domains"_s ? 1 : 0;
    QCOMPARE(oldKeyReads, 1);
}

void TestKeyRetest::aSendingKeyIsNotTestedByARead()
{
    const QString sending = secretOf(u"sending"_s);
    QVERIFY(!sending.isEmpty());
    const QList<KeyRetest::Result> results = retest(
        Secret(m_server->practiceKey()), {{KeyFormat::keyIdOf(sending), Secret(sending), u"found"_s, true}});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, KeyRetest::Outcome::NotTestable);
    QCOMPARE(results.first().httpStatus, 0);
}

void TestKeyRetest::onlyA401CountsAsRefused()
{
    QCOMPARE(KeyRetest::outcomeOf(401), KeyRetest::Outcome::Refused);
    QCOMPARE(KeyRetest::outcomeOf(403), KeyRetest::Outcome::StillWorks); // alive, role too narrow
    QCOMPARE(KeyRetest::outcomeOf(200), KeyRetest::Outcome::StillWorks);
    QCOMPARE(KeyRetest::outcomeOf(404), KeyRetest::Outcome::NotChecked);
    QCOMPARE(KeyRetest::outcomeOf(503), KeyRetest::Outcome::NotChecked);
    QCOMPARE(KeyRetest::outcomeOf(0), KeyRetest::Outcome::NotChecked); // no answer
}

void TestKeyRetest::sentencesSayItPlainly()
{
    const QDateTime at(QDate(2026, 12, 5), QTime(4, 12, 33), Qt::UTC);
    KeyRetest::Result dead{u"aaaa1111-bbbb2222"_s, u"entered"_s, KeyRetest::Outcome::Refused, 401, at, {}};
    KeyRetest::Result alive{u"cccc3333-dddd4444"_s, u"found"_s, KeyRetest::Outcome::StillWorks, 403, at, {}};
    KeyRetest::Result unchecked{u"eeee5555-ffff6666"_s,  u"found"_s, KeyRetest::Outcome::NotChecked, 0, at,
                                u"no-positive-control"_s};
    QCOMPARE(KeyRetest::sentences({alive, dead, unchecked}),
             (QStringList{
                 u"WARNING: the old key cccc3333-dddd4444 STILL WORKS (Mailgun accepted it at 2026-12-05 "
                 "04:12:33 UTC). Delete it now in the Control Panel (API Security), then check again."_s,
                 u"The old key aaaa1111-bbbb2222 is dead: Mailgun refused it at 2026-12-05 04:12:33 UTC."_s,
                 u"The old key eeee5555-ffff6666 could not be checked: the new key did not get through "
                 "from this computer either, so a refusal would prove nothing."_s}));
}

QTEST_GUILESS_MAIN(TestKeyRetest)
// Step 1's found keys that name a listed entry are tried again in step 2; a key whose entry
// nobody can tell is not (its id would be a guess), nor a finding without a secret.
void TestKeyRetest::step1FindingsBecomeCandidates()
{
    using Match = LeakFinding::KeyMatch;
    const auto finding = [](Match match, const QString& id, const QString& secret) {
        LeakFinding found;
        found.match = match;
        found.matchedKeyId = id;
        found.secret = Secret(secret);
        return found;
    };
    const QList<LeakFinding> findings{
        finding(Match::InUse, u"aaaaaaaa-00000001"_s, u"secret-one-aaaaaaaa-00000001"_s),
        finding(Match::AccountKey, u"bbbbbbbb-00000002"_s, u"secret-two-bbbbbbbb-00000002"_s),
        finding(Match::SendingKey, u"cccccccc-00000003"_s, u"secret-three-cccccccc-00000003"_s),
        finding(Match::NotListed, QString(), u"secret-four-dddddddd-00000004"_s),
        finding(Match::CannotTell, QString(), u"key-0123456789abcdef0123456789abcdef"_s),
        finding(Match::AccountKey, u"eeeeeeee-00000005"_s, QString()),
    };
    const QList<KeyRetest::Candidate> candidates = InvestigationController::retestCandidates(findings);
    QCOMPARE(candidates.size(), 3);
    QCOMPARE(candidates.at(0).keyId, u"aaaaaaaa-00000001"_s);
    QCOMPARE(candidates.at(1).keyId, u"bbbbbbbb-00000002"_s);
    QCOMPARE(candidates.at(2).keyId, u"cccccccc-00000003"_s);
    QCOMPARE(candidates.at(0).origin, u"found"_s);
    QVERIFY(!candidates.at(1).sendingKey);
    QVERIFY(candidates.at(2).sendingKey);
    QCOMPARE(candidates.at(1).secret.reveal(), u"secret-two-bbbbbbbb-00000002"_s);

    QList<KeyRetest::Candidate> kept{candidates.at(0)};
    KeyRetest::addNew(kept, candidates);
    QCOMPARE(kept.size(), 3); // the first one is not added twice
}

#include "tst_keyretest.moc"
