#include "identity/ApplicationIdentity.h"
#include "recovery/SecretEntries.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/KeychainStatus.h"
#include "secrets/SecretStore.h"
#include "workspace/PracticeWorkspace.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_SecretStore : public QObject
{
    Q_OBJECT

private slots:
    void serviceName();
    void entryNames();
    void keychainErrors_data();
    void keychainErrors();
    void userMessages_data();
    void userMessages();
    void failedMessageShowsDetail();
};

void tst_SecretStore::serviceName()
{
    // The real account's entries live under the program's name, the practice account's
    // under a name of their own, so that practice never touches a real secret.
    QCOMPARE(KeychainSecretStore(ApplicationIdentity::name()).serviceName(), u"Mailgun Recovery Assistant"_s);
    QCOMPARE(PracticeWorkspace::keychainServiceName(), u"Mailgun Recovery Assistant (practice)"_s);
}

void tst_SecretStore::entryNames()
{
    QCOMPARE(SecretEntries::apiKey(u"1a2b3c4d"_s), u"api-key:1a2b3c4d"_s);
    QCOMPARE(SecretEntries::smtp(Region::Us, u"postmaster@mg.example.com"_s),
             u"smtp:us:postmaster@mg.example.com"_s);
    QCOMPARE(SecretEntries::smtp(Region::Eu, u"billing@mg.example.eu"_s), u"smtp:eu:billing@mg.example.eu"_s);
}

void tst_SecretStore::keychainErrors_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<SecretStore::Status>("status");
    QTest::newRow("no error") << int(QKeychain::NoError) << SecretStore::Status::Ok;
    QTest::newRow("entry not found") << int(QKeychain::EntryNotFound) << SecretStore::Status::NotFound;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << SecretStore::Status::Unavailable;
    // libsecret reports "no Secret Service on the bus" this way.
    QTest::newRow("other error") << int(QKeychain::OtherError) << SecretStore::Status::Unavailable;
    QTest::newRow("access denied") << int(QKeychain::AccessDenied) << SecretStore::Status::AccessDenied;
    QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser)
                                    << SecretStore::Status::AccessDenied;
    QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << SecretStore::Status::Failed;
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << SecretStore::Status::Failed;
}

void tst_SecretStore::keychainErrors()
{
    QFETCH(int, error);
    QFETCH(SecretStore::Status, status);
    QCOMPARE(statusForKeychainError(static_cast<QKeychain::Error>(error)), status);
}

void tst_SecretStore::userMessages_data()
{
    QTest::addColumn<SecretStore::Status>("status");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("mustMention");
    QTest::newRow("ok") << SecretStore::Status::Ok << u"ok"_s << u"keychain"_s;
    QTest::newRow("not found") << SecretStore::Status::NotFound << u"not-found"_s << u"no saved entry"_s;
    QTest::newRow("unavailable") << SecretStore::Status::Unavailable << u"unavailable"_s << u"copy it"_s;
    QTest::newRow("denied") << SecretStore::Status::AccessDenied << u"access-denied"_s << u"Unlock"_s;
    QTest::newRow("timed out") << SecretStore::Status::TimedOut << u"timed-out"_s << u"in time"_s;
    QTest::newRow("failed") << SecretStore::Status::Failed << u"failed"_s << u"helpdesk"_s;
}

void tst_SecretStore::userMessages()
{
    QFETCH(SecretStore::Status, status);
    QFETCH(QString, id);
    QFETCH(QString, mustMention);
    SecretStore::Result result;
    result.status = status;
    QCOMPARE(SecretStore::statusId(status), id);
    const QString message = result.userMessage();
    QVERIFY2(message.contains(mustMention), qPrintable(message));
    QVERIFY(message.endsWith(u'.'));
}

void tst_SecretStore::failedMessageShowsDetail()
{
    SecretStore::Result result;
    result.status = SecretStore::Status::Failed;
    result.detail = u"Could not delete the entry"_s;
    QVERIFY(result.userMessage().contains(result.detail));
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
