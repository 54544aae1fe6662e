#pragma once

// What the SMTP reset suites share: a practice server, a fast client, an in-memory journal
// and the real keychain for each test (call startPracticeServer() from init() and
// stopPracticeServer() from cleanup()), controllers owned by the test object, waiting for a
// phase, and checking that every new password at Mailgun is the one in the keychain.
#include "FastPracticeClient.h"
#include "SessionPractice.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "recovery/Journal.h"
#include "recovery/SecretEntries.h"
#include "recovery/SmtpKeychain.h"
#include "recovery/SmtpPassword.h"
#include "recovery/SmtpResetController.h"
#include "secrets/KeychainSecretStore.h"

#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QTest>

#include <chrono>

class SmtpResetFixture : public QObject
{
protected:
    using Phase = SmtpResetController::Phase;
    using RowStatus = SmtpResetController::RowStatus;

    // A fault on the SMTP credentials' paths.
    static PracticeFault fault(PracticeFault::Kind kind, const QByteArray& method, int times)
    {
        PracticeFault result;
        result.kind = kind;
        result.method = method;
        result.path = QRegularExpression(QStringLiteral("/credentials/"));
        result.times = times;
        return result;
    }

    void startPracticeServer()
    {
        m_server = new PracticeServer;
        QVERIFY(m_server->start());
        m_client = newFastPracticeClient(*m_server);
        m_journal = new Journal(QString{});
        m_keychain =
            new KeychainSecretStore(QStringLiteral("Mailgun Recovery Assistant"), std::chrono::seconds(30));
    }

    void stopPracticeServer()
    {
        delete m_keychain;
        delete m_journal;
        delete m_client;
        delete m_server;
    }

    SmtpResetController* makeController(SecretStore* store)
    {
        return new SmtpResetController(m_client, store, m_journal, this);
    }

    void waitForPhase(SmtpResetController* controller, Phase phase)
    {
        QTRY_VERIFY2_WITH_TIMEOUT(controller->phase() == phase || controller->phase() == Phase::Failed,
                                  qPrintable(controller->failureMessage()), 30000);
        QVERIFY2(controller->phase() == phase, qPrintable(controller->failureMessage()));
    }

    void loadPlan(SmtpResetController* controller)
    {
        controller->load(QDateTime::currentDateTimeUtc().addDays(-14));
        waitForPhase(controller, Phase::Ready);
    }

    void runToEnd(SmtpResetController* controller) { waitForPhase(controller, Phase::Finished); }

    // What the test keychain holds under `entry` ("" when there is no such entry). Any other
    // answer fails the test, so a slow keychain never reads as a wrong password.
    QString keychainEntry(const QString& entry)
    {
        QString value;
        SecretStore::Status status = SecretStore::Status::Failed;
        bool answered = false;
        m_keychain->read(entry, this, [&](const SecretStore::Result& result) {
            answered = true;
            status = result.status;
            if (result.ok())
                value = result.value.reveal();
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(answered, 40000);
            QVERIFY2(status == SecretStore::Status::Ok || status == SecretStore::Status::NotFound,
                     qPrintable(SecretStore::statusId(status)));
        }();
        return value;
    }

    QString keychainPassword(Region region, const QString& login)
    {
        return keychainEntry(SecretEntries::smtp(region, login));
    }

    QString pendingPassword(const SmtpLoginRow& row)
    {
        return keychainEntry(SmtpKeychain::entry(row, SmtpKeychain::Slot::Pending));
    }

    void verifyEveryPasswordMatchesTheKeychain(const SmtpResetController& controller)
    {
        for (const SmtpLoginRow& row : controller.plan().rows) {
            if (row.action != SmtpLoginRow::Action::NewPassword)
                continue;
            PracticeAccount& owner = row.isSubaccounts()
                                         ? m_server->account().subaccountHoldings().of(row.subaccountId)
                                         : m_server->account();
            const QString atMailgun =
                owner.credentialPassword(practiceRegionOf(row.region), row.domain, row.login);
            QCOMPARE(atMailgun.size(), SmtpPassword::length);
            QCOMPARE(keychainPassword(row.region, row.login), atMailgun);
        }
    }

    PracticeServer* m_server = nullptr;
    MailgunClient* m_client = nullptr;
    Journal* m_journal = nullptr;
    KeychainSecretStore* m_keychain = nullptr;
};
