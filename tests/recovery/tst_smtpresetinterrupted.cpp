// Step 3 interrupted, against the practice server and the real keychain: a process that dies
// while the keychain stores a password, right after, or while Mailgun changes it resumes
// without guessing a password; no keychain changes nothing; a key that may not change
// passwords is explained; cancel stops before the next login. The resets that run to the end
// are tested in tst_smtpreset.cpp.
#include "FastPracticeClient.h"
#include "MissingKeychain.h"
#include "SessionPractice.h"
#include "SmtpResetFixture.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "recovery/Journal.h"
#include "recovery/SecretEntries.h"
#include "recovery/SmtpPassword.h"
#include "recovery/SmtpResetController.h"

#include <QHash>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A keychain that never answers: the process "dies" while it waits.
class SilentKeychain : public SecretStore
{
public:
    QString serviceName() const override { return QStringLiteral("Mailgun Recovery Assistant"); }
    void write(const QString&, const Secret&, const QObject*, Callback) override {}
    void read(const QString&, const QObject*, Callback) override {}
    void remove(const QString&, const QObject*, Callback) override {}
};

} // namespace

class TestSmtpResetInterrupted : public SmtpResetFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void crashWhileStoringResumes();
    void crashAfterStoringSendsTheStoredPassword();
    void crashWhileChangingResendsTheSamePassword();
    void noKeychainChangesNothing();
    void nonAdminKeyIsExplained();
    void cancelStopsBeforeTheNextLogin();
};

void TestSmtpResetInterrupted::init()
{
    startPracticeServer();
}

void TestSmtpResetInterrupted::cleanup()
{
    stopPracticeServer();
}

void TestSmtpResetInterrupted::crashWhileStoringResumes()
{
    SilentKeychain silent;
    SmtpResetController* dying = makeController(&silent);
    loadPlan(dying);
    dying->start();
    QTRY_VERIFY(dying->phase() == Phase::Running);
    delete dying; // the process ends while the keychain has not answered
    QVERIFY(m_server->requests().size() > 0);
    for (const PracticeRequestRecord& request : m_server->requests())
        QVERIFY2(request.method != "PUT", "nothing may be sent before the password is stored");

    SmtpResetController* resumed = makeController(m_keychain);
    QVERIFY(SmtpResetProgress::fromJournal(m_journal->entries()).isUnfinished());
    resumed->resume();
    runToEnd(resumed);
    QVERIFY(resumed->isComplete());
    verifyEveryPasswordMatchesTheKeychain(*resumed);
}

void TestSmtpResetInterrupted::crashAfterStoringSendsTheStoredPassword()
{
    SmtpResetController* first = makeController(m_keychain);
    loadPlan(first);
    const SmtpLoginRow row = first->plan().rows.constFirst();
    // The journal and keychain as a process leaves them when it dies right after storing.
    const QString stored = SmtpPassword::generate().reveal();
    bool written = false;
    m_keychain->write(SecretEntries::smtp(row.region, row.login), Secret(stored), this,
                      [&](const SecretStore::Result& result) { written = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
    QJsonArray rows{QJsonObject{{u"region"_s, regionId(row.region)},
                                {u"domain"_s, row.domain},
                                {u"login"_s, row.login},
                                {u"action"_s, u"new-password"_s}}};
    m_journal->append(SmtpResetEntry::started, {{u"rows"_s, rows}, {u"practice"_s, false}});
    m_journal->append(SmtpResetEntry::passwordStored, {{u"region"_s, regionId(row.region)},
                                                       {u"domain"_s, row.domain},
                                                       {u"login"_s, row.login},
                                                       {u"practice"_s, false}});
    delete first;

    SmtpResetController* resumed = makeController(m_keychain);
    resumed->resume();
    runToEnd(resumed);
    QVERIFY(resumed->isComplete());
    QCOMPARE(m_server->account().credentialPassword(practiceRegionOf(row.region), row.domain, row.login),
             stored);
}

void TestSmtpResetInterrupted::crashWhileChangingResendsTheSamePassword()
{
    SmtpResetController* dying = makeController(m_keychain);
    loadPlan(dying);
    const int rows = static_cast<int>(dying->plan().rows.size());
    // Mailgun never answers the changes; the process dies while they are in flight.
    m_server->addFault(fault(PracticeFault::Kind::Hang, "PUT", 1000));
    dying->start();
    QTRY_VERIFY_WITH_TIMEOUT(SmtpResetProgress::fromJournal(m_journal->entries()).states.size() == rows,
                             20000);
    delete dying;
    delete m_client;
    // A new process: a new client, the same keychain and journal, Mailgun answering again.
    m_server->clearFaults();
    m_client = newFastPracticeClient(*m_server);

    SmtpResetController* resumed = makeController(m_keychain);
    resumed->resume();
    runToEnd(resumed);
    QVERIFY(resumed->isComplete());
    verifyEveryPasswordMatchesTheKeychain(*resumed);
}

void TestSmtpResetInterrupted::noKeychainChangesNothing()
{
    MissingKeychain missing;
    SmtpResetController* controller = makeController(&missing);
    loadPlan(controller);
    QHash<QString, QString> before;
    for (const SmtpLoginRow& row : controller->plan().rows)
        before.insert(row.key(), m_server->account().credentialPassword(practiceRegionOf(row.region),
                                                                        row.domain, row.login));
    controller->start();
    waitForPhase(controller, Phase::Failed);
    QVERIFY(controller->failureMessage().contains(u"keychain"_s, Qt::CaseInsensitive));
    for (const SmtpLoginRow& row : controller->plan().rows)
        QCOMPARE(m_server->account().credentialPassword(practiceRegionOf(row.region), row.domain, row.login),
                 before.value(row.key()));
    for (const PracticeRequestRecord& request : m_server->requests())
        QVERIFY(request.method != "PUT");
}

void TestSmtpResetInterrupted::nonAdminKeyIsExplained()
{
    m_client->setApiKey(Secret(m_server->account().seededSecret(u"basic"_s)));
    SmtpResetController* controller = makeController(m_keychain);
    loadPlan(controller);
    controller->start();
    waitForPhase(controller, Phase::Failed);
    QVERIFY2(controller->failureMessage().contains(
                 u"This API key works, but it is not allowed to do this. Use a key with the Admin role."_s),
             qPrintable(controller->failureMessage()));
    int puts = 0;
    for (const PracticeRequestRecord& request : m_server->requests())
        puts += request.method == "PUT" ? 1 : 0;
    QVERIFY2(puts <= 16, "the run stops instead of repeating a refusal for every login");
}

void TestSmtpResetInterrupted::cancelStopsBeforeTheNextLogin()
{
    m_server->account().addDomains(PracticeRegion::Us, 20, 2);
    PracticeFault slow = fault(PracticeFault::Kind::Delay, "PUT", 1000);
    slow.delayMs = 100;
    m_server->addFault(slow);
    SmtpResetController* controller = makeController(m_keychain);
    controller->setMaxParallel(2);
    loadPlan(controller);
    controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(controller->doneCount() >= 1, 20000);
    controller->cancel();
    runToEnd(controller);
    QVERIFY(controller->doneCount() < controller->plan().rows.size());
    int cancelled = 0;
    for (const SmtpLoginRow& row : controller->plan().rows)
        cancelled += controller->result(row.key()).status == RowStatus::Cancelled ? 1 : 0;
    QVERIFY(cancelled > 0);
    QVERIFY(SmtpResetProgress::fromJournal(m_journal->entries()).isUnfinished());
}

QTEST_GUILESS_MAIN(TestSmtpResetInterrupted)
#include "tst_smtpresetinterrupted.moc"
