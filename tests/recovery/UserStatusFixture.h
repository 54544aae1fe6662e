#pragma once

// What the suites of steps 4 and 5 share (tst_userstatus, tst_userstepticks,
// tst_userscommand): the practice account's users, a fresh server per test function, and a
// controller that reads them.

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

const QString danaId = u"5f1a2b3c4d5e6f7a8b9c0d11"_s;  // owner, 2FA active, old password
const QString samId = u"5f1a2b3c4d5e6f7a8b9c0d12"_s;   // no 2FA, password never changed
const QString priyaId = u"5f1a2b3c4d5e6f7a8b9c0d13"_s; // 2FA enabled but never activated
const QString alexId = u"5f1a2b3c4d5e6f7a8b9c0d14"_s;

class UserStatusFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

protected:
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

inline void UserStatusFixture::initTestCase()
{
    // The `users` command with a real key writes its journal under AppDataLocation.
    QStandardPaths::setTestModeEnabled(true);
}

inline void UserStatusFixture::init()
{
    m_server = new PracticeServer;
    QVERIFY(m_server->start());
    m_client = newFastPracticeClient(*m_server, 2);
    m_journal = new Journal(QString{});
}

inline void UserStatusFixture::cleanup()
{
    m_simulator.reset();
    delete m_journal;
    delete m_client;
    delete m_server;
}

inline UserStatusController* UserStatusFixture::makeController(bool simulate, Journal* journal)
{
    if (simulate && !m_simulator)
        m_simulator = std::make_unique<PracticeUserSimulator>(m_server);
    return new UserStatusController(m_client, journal ? journal : m_journal,
                                    simulate ? m_simulator.get() : nullptr, this);
}

inline bool UserStatusFixture::refresh(UserStatusController* controller, const QDateTime& start)
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
