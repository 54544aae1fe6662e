// Step 3 against the practice server and the real keychain: every login of every domain in
// both regions gets a new password that is in the keychain before Mailgun has it; every
// fault on the change or the delete ends with the keychain and Mailgun agreeing, and a
// process that dies between two steps resumes without guessing a password.
#include "FastPracticeClient.h"
#include "SessionPractice.h"
#include "recovery/SecretEntries.h"
#include "MissingKeychain.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "recovery/Journal.h"
#include "recovery/SmtpPassword.h"
#include "recovery/SmtpResetController.h"
#include "secrets/KeychainSecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Phase = SmtpResetController::Phase;
using RowStatus = SmtpResetController::RowStatus;

// A keychain that never answers: the process "dies" while it waits.
class SilentKeychain : public SecretStore
{
public:
    QString serviceName() const override { return QStringLiteral("Mailgun Recovery Assistant"); }
    void write(const QString&, const Secret&, const QObject*, Callback) override {}
    void read(const QString&, const QObject*, Callback) override {}
    void remove(const QString&, const QObject*, Callback) override {}
};

PracticeFault fault(PracticeFault::Kind kind, const QByteArray& method, int times)
{
    PracticeFault result;
    result.kind = kind;
    result.method = method;
    result.path = QRegularExpression(u"/credentials/"_s);
    result.times = times;
    return result;
}

} // namespace

class TestSmtpReset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void passwordIsLongAndRandom();
    void planListsEveryLoginOfBothRegions();
    void resetsEveryLoginAndStoresEachPassword();
    void deletesChosenLoginsButNeverPostmaster();
    void faultOnTheChangeEndsWithMatchingPasswords_data();
    void faultOnTheChangeEndsWithMatchingPasswords();
    void refusedChangeKeepsTheOldPasswordAndCanBeRetried();
    void lostAnswersAreResolvedWithTheSamePassword();
    void faultOnTheDeleteEndsWithTheLoginGone_data();
    void faultOnTheDeleteEndsWithTheLoginGone();
    void crashWhileStoringResumes();
    void crashAfterStoringSendsTheStoredPassword();
    void crashWhileChangingResendsTheSamePassword();
    void noKeychainChangesNothing();
    void nonAdminKeyIsExplained();
    void cancelStopsBeforeTheNextLogin();
    void journalHoldsNoPassword();

private:
    SmtpResetController* makeController(SecretStore* store);
    void loadPlan(SmtpResetController* controller);
    void runToEnd(SmtpResetController* controller);
    void waitForPhase(SmtpResetController* controller, Phase phase);
    void verifyEveryPasswordMatchesTheKeychain(const SmtpResetController& controller);
    QString keychainPassword(Region region, const QString& login);

    PracticeServer* m_server = nullptr;
    MailgunClient* m_client = nullptr;
    Journal* m_journal = nullptr;
    KeychainSecretStore* m_keychain = nullptr;
};

void TestSmtpReset::init()
{
    m_server = new PracticeServer;
    QVERIFY(m_server->start());
    m_client = newFastPracticeClient(*m_server);
    m_journal = new Journal(QString{});
    m_keychain = new KeychainSecretStore(QStringLiteral("Mailgun Recovery Assistant"), std::chrono::seconds(10));
}

void TestSmtpReset::cleanup()
{
    delete m_keychain;
    delete m_journal;
    delete m_client;
    delete m_server;
}

SmtpResetController* TestSmtpReset::makeController(SecretStore* store)
{
    return new SmtpResetController(m_client, store, m_journal, this);
}

void TestSmtpReset::waitForPhase(SmtpResetController* controller, Phase phase)
{
    QTRY_VERIFY2_WITH_TIMEOUT(controller->phase() == phase || controller->phase() == Phase::Failed,
                              qPrintable(controller->failureMessage()), 30000);
    QVERIFY2(controller->phase() == phase, qPrintable(controller->failureMessage()));
}

void TestSmtpReset::loadPlan(SmtpResetController* controller)
{
    controller->load(QDateTime::currentDateTimeUtc().addDays(-14));
    waitForPhase(controller, Phase::Ready);
}

void TestSmtpReset::runToEnd(SmtpResetController* controller)
{
    waitForPhase(controller, Phase::Finished);
}

QString TestSmtpReset::keychainPassword(Region region, const QString& login)
{
    QString value;
    bool answered = false;
    m_keychain->read(SecretEntries::smtp(region, login), this, [&](const SecretStore::Result& result) {
        answered = true;
        if (result.ok())
            value = result.value.reveal();
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    }();
    return value;
}

void TestSmtpReset::verifyEveryPasswordMatchesTheKeychain(const SmtpResetController& controller)
{
    for (const SmtpLoginRow& row : controller.plan().rows) {
        if (row.action != SmtpLoginRow::Action::NewPassword)
            continue;
        const QString atMailgun = m_server->account().credentialPassword(practiceRegionOf(row.region), row.domain, row.login);
        QCOMPARE(atMailgun.size(), SmtpPassword::length);
        QCOMPARE(keychainPassword(row.region, row.login), atMailgun);
    }
}

void TestSmtpReset::passwordIsLongAndRandom()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString password = SmtpPassword::generate().reveal();
        QCOMPARE(password.size(), 32);
        for (QChar c : password)
            QVERIFY(c.isLetterOrNumber() && c.unicode() < 128);
        seen.insert(password);
    }
    QCOMPARE(seen.size(), 200);
}

void TestSmtpReset::planListsEveryLoginOfBothRegions()
{
    m_server->account().addDomains(PracticeRegion::Eu, 3, 2);
    SmtpResetController* controller = makeController(m_keychain);
    loadPlan(controller);
    int expected = 0;
    for (Region region : allRegions) {
        for (const PracticeDomain& domain : m_server->account().region(practiceRegionOf(region)).domains)
            expected += static_cast<int>(domain.credentials.size());
    }
    QCOMPARE(controller->plan().rows.size(), expected);
    bool sawEu = false;
    bool sawRecent = false;
    for (const SmtpLoginRow& row : controller->plan().rows) {
        sawEu = sawEu || row.region == Region::Eu;
        sawRecent = sawRecent || row.recent;
        QCOMPARE(row.action, SmtpLoginRow::Action::NewPassword);
    }
    QVERIFY(sawEu);
    QVERIFY2(sawRecent, "the seeded account has an SMTP login created after the incident");
    QVERIFY(controller->plan().unreadable.isEmpty());
}

void TestSmtpReset::resetsEveryLoginAndStoresEachPassword()
{
    m_server->account().addDomains(PracticeRegion::Us, 4, 3);
    SmtpResetController* controller = makeController(m_keychain);
    loadPlan(controller);
    controller->start();
    runToEnd(controller);
    QVERIFY(controller->isComplete());
    QCOMPARE(controller->doneCount(), controller->plan().rows.size());
    QCOMPARE(controller->failedCount(), 0);
    verifyEveryPasswordMatchesTheKeychain(*controller);
    QVERIFY(SmtpResetProgress::fromJournal(m_journal->entries()).finished);
}

void TestSmtpReset::deletesChosenLoginsButNeverPostmaster()
{
    SmtpResetController* controller = makeController(m_keychain);
    loadPlan(controller);
    QString victim;
    QString postmaster;
    for (const SmtpLoginRow& row : controller->plan().rows) {
        if (row.isPostmaster() && postmaster.isEmpty())
            postmaster = row.key();
        else if (!row.isPostmaster() && victim.isEmpty())
            victim = row.key();
    }
    QVERIFY(!victim.isEmpty() && !postmaster.isEmpty());
    QVERIFY(!controller->plan().setDelete(postmaster, true));
    QVERIFY(controller->plan().setDelete(victim, true));
    const SmtpLoginRow row = controller->plan().rows.at(controller->plan().index(victim));
    controller->start();
    runToEnd(controller);
    QCOMPARE(controller->result(victim).status, RowStatus::Deleted);
    QVERIFY(m_server->account().findCredential(practiceRegionOf(row.region), row.domain, row.login) == nullptr);
    QCOMPARE(controller->result(postmaster).status, RowStatus::PasswordSet);
}

void TestSmtpReset::faultOnTheChangeEndsWithMatchingPasswords_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("429") << int(PracticeFault::Kind::RateLimit);
    QTest::newRow("5xx") << int(PracticeFault::Kind::ServerError);
    QTest::newRow("timeout") << int(PracticeFault::Kind::Hang);
    QTest::newRow("drop before apply") << int(PracticeFault::Kind::DropBeforeApply);
    QTest::newRow("drop after apply") << int(PracticeFault::Kind::DropAfterApply);
}

void TestSmtpReset::faultOnTheChangeEndsWithMatchingPasswords()
{
    QFETCH(int, kind);
    MailgunClient::Options options = m_client->options();
    options.timeoutMs = 800;
    m_client->setOptions(options);
    PracticeFault injected = fault(PracticeFault::Kind(kind), "PUT", 2);
    injected.retryAfterSeconds = 0;
    m_server->addFault(injected);
    SmtpResetController* controller = makeController(m_keychain);
    loadPlan(controller);
    controller->start();
    runToEnd(controller);
    QVERIFY2(controller->isComplete(), qPrintable(controller->failureMessage()));
    verifyEveryPasswordMatchesTheKeychain(*controller);
}

void TestSmtpReset::refusedChangeKeepsTheOldPasswordAndCanBeRetried()
{
    SmtpResetController* controller = makeController(m_keychain);
    loadPlan(controller);
    const SmtpLoginRow first = controller->plan().rows.constFirst();
    const QString before = m_server->account().credentialPassword(practiceRegionOf(first.region), first.domain, first.login);
    // More 503s than the client retries: this login's change fails for good.
    PracticeFault refused = fault(PracticeFault::Kind::ServerError, "PUT", 5);
    refused.path = QRegularExpression(QRegularExpression::escape(first.login));
    m_server->addFault(refused);
    controller->start();
    runToEnd(controller);
    QCOMPARE(controller->result(first.key()).status, RowStatus::Failed);
    QVERIFY(!controller->result(first.key()).message.isEmpty());
    QCOMPARE(m_server->account().credentialPassword(practiceRegionOf(first.region), first.domain, first.login), before);
    QVERIFY(!controller->isComplete());
    QVERIFY(SmtpResetProgress::fromJournal(m_journal->entries()).isUnfinished());

    controller->retryFailed();
    runToEnd(controller);
    QVERIFY(controller->isComplete());
    verifyEveryPasswordMatchesTheKeychain(*controller);
}

void TestSmtpReset::lostAnswersAreResolvedWithTheSamePassword()
{
    SmtpResetController* controller = makeController(m_keychain);
    loadPlan(controller);
    const SmtpLoginRow first = controller->plan().rows.constFirst();
    // The change is applied and its answer lost, with no retry inside the client (Qt resends
    // a dropped PUT once by itself, so drop twice): the row ends unknown while Mailgun has
    // the new password.
    MailgunClient::Options options = m_client->options();
    options.maxAttempts = 1;
    m_client->setOptions(options);
    PracticeFault lost = fault(PracticeFault::Kind::DropAfterApply, "PUT", 2);
    lost.path = QRegularExpression(QRegularExpression::escape(first.login));
    m_server->addFault(lost);
    controller->start();
    runToEnd(controller);
    const SmtpResetController::RowResult unknown = controller->result(first.key());
    QCOMPARE(unknown.status, RowStatus::Failed);
    QVERIFY(unknown.ambiguous);
    const QString applied = m_server->account().credentialPassword(practiceRegionOf(first.region), first.domain, first.login);
    QCOMPARE(keychainPassword(first.region, first.login), applied);

    m_server->clearFaults();
    controller->retryFailed();
    runToEnd(controller);
    QCOMPARE(controller->result(first.key()).status, RowStatus::PasswordSet);
    QCOMPARE(m_server->account().credentialPassword(practiceRegionOf(first.region), first.domain, first.login), applied);
    QCOMPARE(keychainPassword(first.region, first.login), applied);
}

void TestSmtpReset::faultOnTheDeleteEndsWithTheLoginGone_data()
{
    faultOnTheChangeEndsWithMatchingPasswords_data();
}

void TestSmtpReset::faultOnTheDeleteEndsWithTheLoginGone()
{
    QFETCH(int, kind);
    MailgunClient::Options options = m_client->options();
    options.timeoutMs = 800;
    m_client->setOptions(options);
    SmtpResetController* controller = makeController(m_keychain);
    loadPlan(controller);
    QStringList victims;
    for (const SmtpLoginRow& row : controller->plan().rows) {
        if (!row.isPostmaster() && controller->plan().setDelete(row.key(), true))
            victims.append(row.key());
    }
    QVERIFY(!victims.isEmpty());
    PracticeFault injected = fault(PracticeFault::Kind(kind), "DELETE", 2);
    injected.retryAfterSeconds = 0;
    m_server->addFault(injected);
    controller->start();
    runToEnd(controller);
    QVERIFY2(controller->isComplete(), qPrintable(controller->failureMessage()));
    for (const QString& key : victims) {
        const SmtpLoginRow row = controller->plan().rows.at(controller->plan().index(key));
        QVERIFY(m_server->account().findCredential(practiceRegionOf(row.region), row.domain, row.login) == nullptr);
    }
}

void TestSmtpReset::crashWhileStoringResumes()
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

void TestSmtpReset::crashAfterStoringSendsTheStoredPassword()
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
    QCOMPARE(m_server->account().credentialPassword(practiceRegionOf(row.region), row.domain, row.login), stored);
}

void TestSmtpReset::crashWhileChangingResendsTheSamePassword()
{
    SmtpResetController* dying = makeController(m_keychain);
    loadPlan(dying);
    const int rows = static_cast<int>(dying->plan().rows.size());
    // Mailgun never answers the changes; the process dies while they are in flight.
    m_server->addFault(fault(PracticeFault::Kind::Hang, "PUT", 1000));
    dying->start();
    QTRY_VERIFY_WITH_TIMEOUT(
        SmtpResetProgress::fromJournal(m_journal->entries()).states.size() == rows, 20000);
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

void TestSmtpReset::noKeychainChangesNothing()
{
    MissingKeychain missing;
    SmtpResetController* controller = makeController(&missing);
    loadPlan(controller);
    QHash<QString, QString> before;
    for (const SmtpLoginRow& row : controller->plan().rows)
        before.insert(row.key(), m_server->account().credentialPassword(practiceRegionOf(row.region), row.domain, row.login));
    controller->start();
    waitForPhase(controller, Phase::Failed);
    QVERIFY(controller->failureMessage().contains(u"keychain"_s, Qt::CaseInsensitive));
    for (const SmtpLoginRow& row : controller->plan().rows)
        QCOMPARE(m_server->account().credentialPassword(practiceRegionOf(row.region), row.domain, row.login),
                 before.value(row.key()));
    for (const PracticeRequestRecord& request : m_server->requests())
        QVERIFY(request.method != "PUT");
}

void TestSmtpReset::nonAdminKeyIsExplained()
{
    m_client->setApiKey(Secret(m_server->account().seededSecret(u"basic"_s)));
    SmtpResetController* controller = makeController(m_keychain);
    loadPlan(controller);
    controller->start();
    waitForPhase(controller, Phase::Failed);
    ApiError forbidden;
    forbidden.kind = ApiError::Kind::Forbidden;
    QVERIFY2(controller->failureMessage().contains(forbidden.userMessage()),
             qPrintable(controller->failureMessage()));
    int puts = 0;
    for (const PracticeRequestRecord& request : m_server->requests())
        puts += request.method == "PUT" ? 1 : 0;
    QVERIFY2(puts <= 16, "the run stops instead of repeating a refusal for every login");
}

void TestSmtpReset::cancelStopsBeforeTheNextLogin()
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

void TestSmtpReset::journalHoldsNoPassword()
{
    SmtpResetController* controller = makeController(m_keychain);
    loadPlan(controller);
    controller->start();
    runToEnd(controller);
    QByteArray journalText;
    for (const Journal::Entry& entry : m_journal->entries())
        journalText += QJsonDocument(entry.data).toJson() + entry.type.toUtf8();
    for (const SmtpLoginRow& row : controller->plan().rows) {
        const QString password = m_server->account().credentialPassword(practiceRegionOf(row.region), row.domain, row.login);
        QVERIFY(!password.isEmpty());
        QVERIFY2(!journalText.contains(password.toUtf8()), "a password reached the journal");
    }
}

QTEST_GUILESS_MAIN(TestSmtpReset)
#include "tst_smtpreset.moc"
