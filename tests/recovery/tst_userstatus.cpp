// Steps 4 and 5 as a checklist the program verifies: the users of the practice account, who
// changed their password after the incident start and who has 2FA active, a user changing
// between two refreshes, the errors a non-admin or dead key gets, what the journal keeps
// (never a secret), how a verified list ticks the steps, and the `users` command.
#include "FastPracticeClient.h"
#include "SessionPractice.h"
#include "cli/CommandLineApp.h"
#include "cli/CommandLineOptions.h"
#include "cli/UsersCommand.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "practice/PracticeUserActions.h"
#include "recovery/Journal.h"
#include "recovery/RecoverySession.h"
#include "recovery/UserStatusController.h"
#include "recovery/UserStepCompletion.h"
#include "workspace/PracticeUserSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QString danaId = u"5f1a2b3c4d5e6f7a8b9c0d11"_s;  // owner, 2FA active, old password
const QString samId = u"5f1a2b3c4d5e6f7a8b9c0d12"_s;   // no 2FA, password never changed
const QString priyaId = u"5f1a2b3c4d5e6f7a8b9c0d13"_s; // 2FA enabled but never activated
const QString alexId = u"5f1a2b3c4d5e6f7a8b9c0d14"_s;

} // namespace

class TestUserStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void judgesEachUserAgainstTheIncidentStart();
    void aUserChangesBetweenTwoRefreshes();
    void readsEveryPage();
    void nonAdminKeyGetsAPlainMessage();
    void deadKeyAndDroppedConnectionAreExplained();
    void journalEntryHoldsNoSecret();
    void practiceResetIsJournaledAndCountsDown();
    void resetLinkCountdown();
    void verifiedListTicksTheSteps();
    void emptyListProvesNothing();
    void usersCommandJson();
    void usersCommandExitCodes();

private:
    // `simulate`: the practice account's people act when asked (PracticeUserSimulator).
    UserStatusController* makeController(bool simulate = false, Journal* journal = nullptr);
    bool refresh(UserStatusController* controller, const QDateTime& incidentStart);
    QDateTime incidentStart() const { return m_server->account().now().addDays(-14); }
    PracticeAccount& account() { return m_server->account(); }
    static const UserStatus* find(const UserStatusController* controller, const QString& id)
    {
        return controller->user(id);
    }

    PracticeServer* m_server = nullptr;
    MailgunClient* m_client = nullptr;
    std::unique_ptr<PracticeUserSimulator> m_simulator;
    Journal* m_journal = nullptr;
};

void TestUserStatus::initTestCase()
{
    // The `users` command with a real key writes its journal under AppDataLocation.
    QStandardPaths::setTestModeEnabled(true);
}

void TestUserStatus::init()
{
    m_server = new PracticeServer;
    QVERIFY(m_server->start());
    m_client = newFastPracticeClient(*m_server, 2);
    m_journal = new Journal(QString{});
}

void TestUserStatus::cleanup()
{
    m_simulator.reset();
    delete m_journal;
    delete m_client;
    delete m_server;
}

UserStatusController* TestUserStatus::makeController(bool simulate, Journal* journal)
{
    if (simulate && !m_simulator)
        m_simulator = std::make_unique<PracticeUserSimulator>(m_server);
    return new UserStatusController(m_client, journal ? journal : m_journal,
                                    simulate ? m_simulator.get() : nullptr, this);
}

bool TestUserStatus::refresh(UserStatusController* controller, const QDateTime& start)
{
    QSignalSpy refreshed(controller, &UserStatusController::refreshed);
    QSignalSpy failed(controller, &UserStatusController::failed);
    controller->refresh(start);
    if (!controller->isRunning())
        return false;
    if (!QTest::qWaitFor([&] { return !refreshed.isEmpty() || !failed.isEmpty(); }, 20000))
        return false;
    return !refreshed.isEmpty();
}

void TestUserStatus::judgesEachUserAgainstTheIncidentStart()
{
    UserStatusController* controller = makeController();
    QVERIFY2(refresh(controller, incidentStart()), qPrintable(controller->failureMessage()));
    QVERIFY(controller->hasResult());
    QCOMPARE(controller->users().size(), 4);

    const UserStatus* dana = find(controller, danaId);
    QVERIFY(dana);
    QVERIFY(dana->user.isMaster);
    QCOMPARE(dana->user.role, u"admin"_s);
    QVERIFY(dana->user.passwordUpdatedAt.isValid());
    QVERIFY(!dana->passwordChanged); // changed 412 days ago: before the incident
    QVERIFY(dana->tfaActive);

    const UserStatus* sam = find(controller, samId);
    QVERIFY(!sam->user.passwordUpdatedAt.isValid());
    QVERIFY(!sam->passwordChanged);
    QVERIFY(!sam->tfaActive);
    QVERIFY(!sam->tfaStartedOnly);

    const UserStatus* priya = find(controller, priyaId);
    QVERIFY(!priya->tfaActive);
    QVERIFY(priya->tfaStartedOnly);

    // An incident start long ago makes Dana's and Alex's old changes count.
    QVERIFY(refresh(controller, account().now().addDays(-500)));
    QVERIFY(find(controller, danaId)->passwordChanged);
    QVERIFY(find(controller, alexId)->passwordChanged);
    QVERIFY(!find(controller, priyaId)->passwordChanged); // 903 days ago
    QCOMPARE(UserStatus::passwordsLeft(controller->users()), 2);
    QCOMPARE(UserStatus::tfaLeft(controller->users()), 3);
    QVERIFY(!UserStatus::everyPasswordChanged(controller->users()));
}

void TestUserStatus::aUserChangesBetweenTwoRefreshes()
{
    UserStatusController* controller = makeController();
    const QDateTime start = incidentStart();
    QVERIFY(refresh(controller, start));
    QVERIFY(!find(controller, samId)->passwordChanged);
    QVERIFY(!find(controller, samId)->tfaActive);

    // Sam resets his password and turns on 2FA in the Control Panel.
    QVERIFY(PracticeUserActions::changePassword(account(), samId));
    QVERIFY(PracticeUserActions::setTwoFactor(account(), samId, true));
    // Priya scans the code she never scanned.
    QVERIFY(PracticeUserActions::setTwoFactor(account(), priyaId, true));
    QVERIFY(!PracticeUserActions::changePassword(account(), u"no-such-user"_s));

    QVERIFY(refresh(controller, start));
    QVERIFY(find(controller, samId)->passwordChanged);
    QVERIFY(find(controller, samId)->tfaActive);
    QVERIFY(find(controller, priyaId)->tfaActive);
    QVERIFY(!find(controller, priyaId)->tfaStartedOnly);
    QCOMPARE(UserStatus::passwordsLeft(controller->users()), 3);
    QCOMPARE(UserStatus::tfaLeft(controller->users()), 1); // Alex

    // Everyone else follows.
    for (const QString& id : {danaId, priyaId, alexId})
        QVERIFY(PracticeUserActions::changePassword(account(), id));
    QVERIFY(PracticeUserActions::setTwoFactor(account(), alexId, true));
    QVERIFY(refresh(controller, start));
    QVERIFY(UserStatus::everyPasswordChanged(controller->users()));
    QVERIFY(UserStatus::everyTfaActive(controller->users()));

    // Turning 2FA off again shows at the next refresh.
    QVERIFY(PracticeUserActions::setTwoFactor(account(), alexId, false));
    QVERIFY(refresh(controller, start));
    QVERIFY(!find(controller, alexId)->tfaActive);
    QVERIFY(!UserStatus::everyTfaActive(controller->users()));
}

void TestUserStatus::readsEveryPage()
{
    for (int i = 0; i < 130; ++i) {
        PracticeUser user;
        user.id = PracticeAccount::newObjectId();
        user.name = u"Temp %1"_s.arg(i);
        user.email = u"temp%1@example.com"_s.arg(i);
        user.role = u"basic"_s;
        account().users().append(user);
    }
    UserStatusController* controller = makeController();
    QVERIFY(refresh(controller, incidentStart()));
    QCOMPARE(controller->users().size(), 134);
    QVERIFY(find(controller, u"5f1a2b3c4d5e6f7a8b9c0d14"_s));
}

void TestUserStatus::nonAdminKeyGetsAPlainMessage()
{
    m_client->setApiKey(Secret(account().seededSecret(u"developer"_s)));
    UserStatusController* controller = makeController();
    QSignalSpy failed(controller, &UserStatusController::failed);
    QVERIFY(!refresh(controller, incidentStart()));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(controller->lastError().kind, ApiError::Kind::Forbidden);
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.contains(u"Admin"_s), qPrintable(message));
    QVERIFY2(message.contains(u"by hand"_s), qPrintable(message)); // the way on
    QVERIFY(!controller->hasResult());
    QVERIFY(m_journal->entries().isEmpty());

    // A basic (analyst) key is refused the same way.
    m_client->setApiKey(Secret(account().seededSecret(u"basic"_s)));
    QVERIFY(!refresh(controller, incidentStart()));
    QCOMPARE(controller->lastError().kind, ApiError::Kind::Forbidden);
}

void TestUserStatus::deadKeyAndDroppedConnectionAreExplained()
{
    m_client->setApiKey(Secret(u"0123456789abcdef0123456789abcdef-01234567-89abcdef"_s));
    UserStatusController* controller = makeController();
    QVERIFY(!refresh(controller, incidentStart()));
    QCOMPARE(controller->lastError().kind, ApiError::Kind::InvalidKey);
    QCOMPARE(controller->failureMessage(), controller->lastError().userMessage());

    m_client->setApiKey(Secret(m_server->practiceKey()));
    PracticeFault drop;
    drop.kind = PracticeFault::Kind::DropBeforeApply;
    drop.path = QRegularExpression(u"^/v5/users"_s);
    drop.times = 10;
    m_server->addFault(drop);
    QVERIFY(!refresh(controller, incidentStart()));
    QCOMPARE(controller->lastError().kind, ApiError::Kind::Network);
    QVERIFY(!controller->failureMessage().isEmpty());
    m_server->clearFaults();

    PracticeFault limit;
    limit.kind = PracticeFault::Kind::RateLimit;
    limit.path = QRegularExpression(u"^/v5/users"_s);
    limit.retryAfterSeconds = 0;
    limit.times = 10;
    m_server->addFault(limit);
    QVERIFY(!refresh(controller, incidentStart()));
    QCOMPARE(controller->lastError().kind, ApiError::Kind::RateLimited);
    m_server->clearFaults();

    // It works again once the network is back; the failures left nothing in the journal.
    QVERIFY(m_journal->entries().isEmpty());
    QVERIFY(refresh(controller, incidentStart()));
    QCOMPARE(controller->lastError().kind, ApiError::Kind::None);
    QVERIFY(controller->failureMessage().isEmpty());
}

void TestUserStatus::journalEntryHoldsNoSecret()
{
    QVERIFY(PracticeUserActions::changePassword(account(), samId));
    UserStatusController* controller = makeController();
    const QDateTime start = incidentStart();
    QVERIFY(refresh(controller, start));
    QCOMPARE(m_journal->entries().size(), 1);
    const Journal::Entry entry = m_journal->entries().constLast();
    QCOMPARE(entry.type, u"users-checked"_s);
    QCOMPARE(entry.data.value(u"practice"_s).toBool(), false);
    QCOMPARE(entry.data.value(u"incident_start"_s).toString(), start.toUTC().toString(Qt::ISODate));
    const QJsonArray users = entry.data.value(u"users"_s).toArray();
    QCOMPARE(users.size(), 4);
    const QStringList expectedKeys{
        u"email"_s, u"id"_s,        u"name"_s, u"owner"_s, u"password_changed"_s, u"password_updated_at"_s,
        u"role"_s,  u"tfa_active"_s};
    for (const QJsonValue& value : users) {
        QStringList keys = value.toObject().keys();
        keys.sort();
        QCOMPARE(keys, expectedKeys);
    }
    QJsonObject sam;
    for (const QJsonValue& value : users) {
        if (value.toObject().value(u"id"_s).toString() == samId)
            sam = value.toObject();
    }
    QCOMPARE(sam.value(u"email"_s).toString(), u"sam@northwind-outfitters.com"_s);
    QCOMPARE(sam.value(u"password_changed"_s).toBool(), true);
    QCOMPARE(sam.value(u"tfa_active"_s).toBool(), false);
    QCOMPARE(sam.value(u"owner"_s).toBool(), false);
    QVERIFY(!sam.value(u"password_updated_at"_s).toString().isEmpty());

    const QByteArray text = QJsonDocument(entry.data).toJson(QJsonDocument::Compact);
    QVERIFY(!text.contains(m_server->practiceKey().toUtf8()));
    for (const QString& label : {u"admin-leaked"_s, u"developer"_s, u"basic"_s, u"sending"_s, u"web"_s})
        QVERIFY(!text.contains(account().seededSecret(label).toUtf8()));
}

void TestUserStatus::practiceResetIsJournaledAndCountsDown()
{
    UserStatusController* controller = makeController(true);
    QVERIFY(!controller->resetLinkRequested(samId)); // nothing listed yet
    QVERIFY(refresh(controller, incidentStart()));
    QVERIFY(!find(controller, samId)->passwordChanged);
    QVERIFY(!controller->resetLinkOpenedAt(samId).isValid());

    QSignalSpy changed(controller, &UserStatusController::simulatedAccountChanged);
    QVERIFY(controller->resetLinkRequested(samId));
    QCOMPARE(changed.size(), 1);
    const QDateTime opened = controller->resetLinkOpenedAt(samId);
    QVERIFY(opened.isValid());
    QVERIFY(ResetLink::secondsLeft(opened, QDateTime::currentDateTimeUtc()) > 19 * 60);

    const Journal::Entry entry = m_journal->entries().constLast();
    QCOMPARE(entry.type, u"user-reset-link-opened"_s);
    QCOMPARE(entry.data,
             (QJsonObject{{u"user_id"_s, samId}, {u"email"_s, u"sam@northwind-outfitters.com"_s}}));

    // The practice account now has Sam's new password; the next refresh sees it.
    QVERIFY(refresh(controller, incidentStart()));
    QVERIFY(find(controller, samId)->passwordChanged);

    QVERIFY(controller->simulateTwoFactorOn(alexId));
    QVERIFY(refresh(controller, incidentStart()));
    QVERIFY(find(controller, alexId)->tfaActive);

    // A restart finds the countdown in the journal; a real account, with its own journal,
    // does not see the practice one.
    auto* restarted = makeController(true);
    QCOMPARE(restarted->resetLinkOpenedAt(samId), entry.time);
    Journal realJournal{QString()};
    auto* real = makeController(false, &realJournal);
    QVERIFY(!real->resetLinkOpenedAt(samId).isValid());
    QVERIFY(!real->simulateTwoFactorOn(alexId)); // never without a simulator
    QVERIFY(refresh(real, incidentStart()));
    QVERIFY(real->resetLinkRequested(danaId)); // real: journaled only, nothing simulated
    QVERIFY(!real->user(danaId)->passwordChanged);
    QVERIFY(refresh(real, incidentStart()));
    QVERIFY(!find(real, danaId)->passwordChanged);
    QCOMPARE(realJournal.entries().constLast().type, u"users-checked"_s);
}

void TestUserStatus::resetLinkCountdown()
{
    const QDateTime opened = QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::utc());
    QCOMPARE(ResetLink::secondsLeft(opened, opened), 1200);
    QCOMPARE(ResetLink::secondsLeft(opened, opened.addSecs(18)), 1182);
    QCOMPARE(ResetLink::clockText(1182), u"19:42"_s);
    QCOMPARE(ResetLink::secondsLeft(opened, opened.addSecs(1200)), 0);
    QCOMPARE(ResetLink::secondsLeft(opened, opened.addSecs(5000)), 0);
    QCOMPARE(ResetLink::secondsLeft(opened, opened.addSecs(-60)), 1200); // clock went back
    QCOMPARE(ResetLink::secondsLeft(QDateTime(), opened), 0);
    QCOMPARE(ResetLink::clockText(0), u"00:00"_s);
    QCOMPARE(ResetLink::clockText(65), u"01:05"_s);
}

void TestUserStatus::verifiedListTicksTheSteps()
{
    RecoverySession session(m_journal, apiEndpointsOf(*m_server));
    UserStatusController* controller = makeController();
    const QDateTime start = incidentStart();
    QVERIFY(refresh(controller, start));
    QCOMPARE(UserStepCompletion::apply(&session, controller->users()), 0);
    QVERIFY(!session.isItemConfirmed(RecoveryStep::UserPasswords, u"users-other-passwords"_s));

    for (const PracticeUser& user : account().users())
        QVERIFY(PracticeUserActions::changePassword(account(), user.id));
    QVERIFY(refresh(controller, start));
    QSignalSpy stepChanged(&session, &RecoverySession::stepStateChanged);
    QCOMPARE(UserStepCompletion::apply(&session, controller->users()), 2);
    QVERIFY(session.isItemConfirmed(RecoveryStep::UserPasswords, u"users-own-password"_s));
    QVERIFY(session.isItemConfirmed(RecoveryStep::UserPasswords, u"users-other-passwords"_s));
    // Who should keep access is the admin's call, so step 4 waits for that tick.
    QVERIFY(!session.isItemConfirmed(RecoveryStep::UserPasswords, u"users-reviewed"_s));
    QVERIFY(!session.isStepDone(RecoveryStep::UserPasswords));
    QVERIFY(!session.isStepDone(RecoveryStep::TwoFactor));
    session.setItemConfirmed(RecoveryStep::UserPasswords, u"users-reviewed"_s, true);
    QVERIFY(session.isStepDone(RecoveryStep::UserPasswords));

    for (const PracticeUser& user : account().users())
        QVERIFY(PracticeUserActions::setTwoFactor(account(), user.id, true));
    QVERIFY(refresh(controller, start));
    QCOMPARE(UserStepCompletion::apply(&session, controller->users()), 2);
    QVERIFY(session.isStepDone(RecoveryStep::TwoFactor));
    QCOMPARE(UserStepCompletion::apply(&session, controller->users()), 0); // already ticked

    // A user who turns 2FA off again does not untick what the admin has: it shows in the list.
    QVERIFY(PracticeUserActions::setTwoFactor(account(), samId, false));
    QVERIFY(refresh(controller, start));
    QCOMPARE(UserStepCompletion::apply(&session, controller->users()), 0);
    QVERIFY(session.isStepDone(RecoveryStep::TwoFactor));

    // The ticks are journaled, so they survive a restart.
    RecoverySession restarted(m_journal, apiEndpointsOf(*m_server));
    QVERIFY(restarted.isStepDone(RecoveryStep::UserPasswords));
    QVERIFY(restarted.isStepDone(RecoveryStep::TwoFactor));
}

void TestUserStatus::emptyListProvesNothing()
{
    account().users().clear();
    RecoverySession session(m_journal, apiEndpointsOf(*m_server));
    UserStatusController* controller = makeController();
    QVERIFY(refresh(controller, incidentStart()));
    QVERIFY(controller->users().isEmpty());
    QVERIFY(!UserStatus::everyPasswordChanged(controller->users()));
    QVERIFY(!UserStatus::everyTfaActive(controller->users()));
    QCOMPARE(UserStepCompletion::apply(&session, controller->users()), 0);
}

void TestUserStatus::usersCommandJson()
{
    UserStatusController* controller = makeController();
    const QDateTime start = QDateTime(QDate(2026, 11, 14), QTime(8, 30), QTimeZone::utc());
    QVERIFY(PracticeUserActions::changePassword(account(), samId, start.addDays(1)));
    QVERIFY(refresh(controller, start));

    const QJsonObject json = UsersCommand::resultJson(start, controller->users());
    QCOMPARE(json.value(u"incident_start"_s).toString(), u"2026-11-14T08:30:00Z"_s);
    const QJsonArray users = json.value(u"users"_s).toArray();
    QCOMPARE(users.size(), 4);
    for (const QJsonValue& value : users) {
        const QJsonObject user = value.toObject();
        QCOMPARE(user.keys(),
                 (QStringList{u"email"_s, u"name"_s, u"password_changed"_s, u"role"_s, u"tfa_active"_s}));
        const bool isSam = user.value(u"email"_s).toString() == u"sam@northwind-outfitters.com"_s;
        QCOMPARE(user.value(u"password_changed"_s).toBool(), isSam);
        QCOMPARE(user.value(u"tfa_active"_s).toBool(),
                 user.value(u"email"_s).toString() == u"dana@northwind-outfitters.com"_s);
        if (isSam) {
            QCOMPARE(user.value(u"name"_s).toString(), u"Sam Ortiz"_s);
            QCOMPARE(user.value(u"role"_s).toString(), u"developer"_s);
        }
    }

    const QString text = UsersCommand::resultText(start, controller->users());
    QVERIFY2(text.contains(u"2026-11-14 08:30 UTC"_s), qPrintable(text));
    QVERIFY(text.contains(u"sam@northwind-outfitters.com"_s));
    QVERIFY(text.contains(u"admin (owner)"_s));
    QVERIFY2(text.contains(u"3 user(s) must change their password"_s), qPrintable(text));
    QVERIFY2(text.contains(u"3 user(s) must turn on two-factor"_s), qPrintable(text));
    // The columns line up: each value starts under its heading.
    const QStringList lines = text.split(u'\n');
    qsizetype header = -1;
    qsizetype samRow = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(u"Name "_s))
            header = i;
        if (lines.at(i).startsWith(u"Sam Ortiz "_s))
            samRow = i;
    }
    QVERIFY2(header > 0 && samRow > header, qPrintable(text));
    QCOMPARE(lines.at(samRow).indexOf(u"sam@"_s), lines.at(header).indexOf(u"Email"_s));
    QCOMPARE(lines.at(samRow).indexOf(u"developer"_s), lines.at(header).indexOf(u"Role"_s));
}

void TestUserStatus::usersCommandExitCodes()
{
    CommandLineOptions options;
    options.command = u"users"_s;
    options.practice = true;
    options.json = true;
    {
        UsersCommand command(options);
        QSignalSpy finished(&command, &UsersCommand::finished);
        command.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().constFirst().toInt(), int(ExitDone));
    }

    // A real account whose key may not read users: exit 1.
    options.practice = false;
    options.endpoints = apiEndpointsOf(*m_server);
    qputenv("MAILGUN_API_KEY", account().seededSecret(u"developer"_s).toUtf8());
    {
        UsersCommand command(options);
        QSignalSpy finished(&command, &UsersCommand::finished);
        command.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().constFirst().toInt(), int(ExitFailed));
    }

    // The same with an admin key lists the users and journals the check on disk.
    qputenv("MAILGUN_API_KEY", m_server->practiceKey().toUtf8());
    options.json = false;
    {
        UsersCommand command(options);
        QSignalSpy finished(&command, &UsersCommand::finished);
        command.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().constFirst().toInt(), int(ExitDone));
    }
    Journal onDisk(Journal::defaultPath());
    QVERIFY(onDisk.load());
    QVERIFY(!onDisk.entries().isEmpty());
    QCOMPARE(onDisk.entries().constLast().type, u"users-checked"_s);
    QVERIFY(!QJsonDocument(onDisk.entries().constLast().data)
                 .toJson()
                 .contains(m_server->practiceKey().toUtf8()));
    QFile::remove(Journal::defaultPath());

    // No key at all: bad usage, nothing sent.
    qunsetenv("MAILGUN_API_KEY");
    options.keyFile = u"/nonexistent/key-file"_s;
    {
        UsersCommand command(options);
        QSignalSpy finished(&command, &UsersCommand::finished);
        command.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.constFirst().constFirst().toInt(), int(ExitUsage));
    }
}

QTEST_GUILESS_MAIN(TestUserStatus)
#include "tst_userstatus.moc"
