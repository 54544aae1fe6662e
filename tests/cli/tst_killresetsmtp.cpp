// `reset-smtp` killed at every journal boundary (MRA_KILL_AFTER_JOURNAL_APPEND=N, a SIGKILL
// right after the N-th journal entry reached the disk), then run again to resume, through
// the real binary with its journal on disk, against a practice server that outlives it (in
// this test process, so the passwords it accepts can be read directly). With and without
// --print-secrets, keychain present and absent. After each resume: every login's password
// the user holds (in the keychain, or printed) is the one the server accepts, no pending
// copy is left, no login got two different passwords where the keychain kept them, and the
// run finishes. Without a keychain and without --print-secrets nothing changes at all.
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "recovery/SecretEntries.h"
#include "secrets/KeychainSecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    bool killed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestKillResetSmtp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtEveryBoundaryResumes_data();
    void killedAtEveryBoundaryResumes();
    void noKeychainWithoutPrintingChangesNothing();
    void unwritableJournalChangesNothing();

private:
    void startServer();
    Run run(const QStringList& extra, int killAfter, bool keychain);
    QString keychain(const QString& entry);
    void removeEntry(const QString& entry);
    // The passwords the server received for each login, in order.
    QHash<QString, QStringList> sentPasswords() const;

    std::unique_ptr<PracticeServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_domain;
    QStringList m_logins;
    KeychainSecretStore m_keychain{QStringLiteral("Mailgun Recovery Assistant"), std::chrono::seconds(30)};
};

void TestKillResetSmtp::startServer()
{
    m_server = std::make_unique<PracticeServer>();
    QVERIFY(m_server->start());
    m_home = std::make_unique<QTemporaryDir>();
    // The US domain with the most logins, so every kind of boundary repeats.
    m_domain.clear();
    m_logins.clear();
    for (const PracticeDomain& domain : m_server->account().region(PracticeRegion::Us).domains) {
        if (domain.credentials.size() > m_logins.size()) {
            m_domain = domain.name;
            m_logins.clear();
            for (const PracticeCredential& credential : domain.credentials)
                m_logins << credential.login;
        }
    }
    QVERIFY(m_logins.size() >= 2);
}

Run TestKillResetSmtp::run(const QStringList& extra, int killAfter, bool keychain)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, m_home->filePath(u"cache"_s));
    environment.insert(u"MAILGUN_API_KEY"_s, m_server->practiceKey());
    environment.remove(u"MRA_KILL_AFTER_JOURNAL_APPEND"_s);
    if (killAfter > 0)
        environment.insert(u"MRA_KILL_AFTER_JOURNAL_APPEND"_s, QString::number(killAfter));
    if (!keychain) // no session bus: no Secret Service, as on a bare server
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(MRA_BINARY),
                  QStringList{u"reset-smtp"_s, u"--yes"_s, u"--json"_s, u"--domain"_s, m_domain,
                              u"--api-base-us"_s, m_server->baseUrl(PracticeRegion::Us).toString(),
                              u"--api-base-eu"_s, m_server->baseUrl(PracticeRegion::Eu).toString()} +
                      extra);
    Run result;
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out: " + process.readAllStandardError();
        return result;
    }
    result.killed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.killed ? -2 : process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString TestKillResetSmtp::keychain(const QString& entry)
{
    QString value;
    bool answered = false;
    SecretStore::Status status = SecretStore::Status::Failed;
    m_keychain.read(entry, this, [&](const SecretStore::Result& result) {
        answered = true;
        status = result.status;
        if (result.ok())
            value = result.value.reveal();
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(answered, 40000);
        QVERIFY(status == SecretStore::Status::Ok || status == SecretStore::Status::NotFound);
    }();
    return value;
}

void TestKillResetSmtp::removeEntry(const QString& entry)
{
    bool answered = false;
    m_keychain.remove(entry, this, [&](const SecretStore::Result&) { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 40000);
}

QHash<QString, QStringList> TestKillResetSmtp::sentPasswords() const
{
    QHash<QString, QStringList> sent;
    for (const PracticeRequestRecord& request : m_server->requests()) {
        if (request.method != "PUT" || !request.path.contains(u"/credentials/"_s))
            continue;
        const QString login = QUrl::fromPercentEncoding(request.path.section(u'/', -1).toUtf8());
        const QUrlQuery form(QString::fromUtf8(request.body));
        sent[login.toLower()] << form.queryItemValue(u"password"_s, QUrl::FullyDecoded);
    }
    return sent;
}

void TestKillResetSmtp::killedAtEveryBoundaryResumes_data()
{
    QTest::addColumn<bool>("print");
    QTest::addColumn<bool>("keychainPresent");
    QTest::newRow("keychain") << false << true;
    QTest::newRow("keychain, --print-secrets") << true << true;
    QTest::newRow("no keychain, --print-secrets") << true << false;
}

void TestKillResetSmtp::killedAtEveryBoundaryResumes()
{
    QFETCH(bool, print);
    QFETCH(bool, keychainPresent);
    const QStringList extra = print ? QStringList{u"--print-secrets"_s} : QStringList{};
    bool completedUnkilled = false;
    for (int killAfter = 1; killAfter < 100 && !completedUnkilled; ++killAfter) {
        startServer();
        // Odd boundaries start with no earlier password in the keychain, even ones with one.
        // No pending password is left from an earlier test that shared this keyring.
        for (const QString& login : std::as_const(m_logins)) {
            removeEntry(u"smtp-pending:us:"_s + login);
            if (killAfter % 2 == 1)
                removeEntry(SecretEntries::smtp(Region::Us, login));
        }
        // The last password printed for each login, over every run: what the admin holds.
        QHash<QString, QString> printed;
        auto notePrinted = [&](const QByteArray& out) {
            for (const QByteArray& line : out.split('\n')) {
                const QJsonObject object = QJsonDocument::fromJson(line).object();
                for (const QJsonValue& value : object.value(u"save_these_passwords"_s).toArray())
                    printed.insert(value[u"login"_s].toString().toLower(), value[u"password"_s].toString());
            }
        };
        const Run killed = run(extra, killAfter, keychainPresent);
        notePrinted(killed.out);
        Run finished = killed;
        if (killed.killed) {
            finished = run(extra, 0, keychainPresent);
            notePrinted(finished.out);
        } else {
            completedUnkilled = true;
        }
        const QString where = u"killed after journal entry %1"_s.arg(killAfter);
        QVERIFY2(!finished.killed && finished.exitCode == 0,
                 qPrintable(where + u": "_s + QString::fromUtf8(finished.err + finished.out)));
        const int lastBrace = finished.out.lastIndexOf("\n{");
        const QJsonObject report =
            QJsonDocument::fromJson(lastBrace >= 0 ? finished.out.mid(lastBrace + 1) : finished.out).object();
        QVERIFY2(report.value(u"done"_s).toBool(), qPrintable(where));
        const QHash<QString, QStringList> sent = sentPasswords();
        for (const QString& login : std::as_const(m_logins)) {
            const QString accepted =
                m_server->account().credentialPassword(PracticeRegion::Us, m_domain, login);
            QCOMPARE(accepted.size(), 32);
            const QString key = login.toLower();
            if (keychainPresent) {
                QVERIFY2(keychain(SecretEntries::smtp(Region::Us, login)) == accepted,
                         qPrintable(where + login));
                QVERIFY2(keychain(u"smtp-pending:us:"_s + login).isEmpty(), qPrintable(where + login));
                // The same password may be sent again after a kill, never a second one.
                QVERIFY2(QSet<QString>(sent.value(key).cbegin(), sent.value(key).cend()).size() == 1,
                         qPrintable(where + login));
                QVERIFY2(sent.value(key).size() <= 2, qPrintable(where + login));
            } else {
                QVERIFY2(printed.value(key) == accepted, qPrintable(where + login));
            }
            for (const QJsonValue& value : report.value(u"results"_s).toArray()) {
                if (value[u"login"_s].toString().toLower() == key && value.toObject().contains(u"password"_s))
                    QVERIFY2(value[u"password"_s].toString() == accepted, qPrintable(where + login));
            }
        }
    }
    QVERIFY2(completedUnkilled, "the run never got to its end");
}

void TestKillResetSmtp::noKeychainWithoutPrintingChangesNothing()
{
    startServer();
    QHash<QString, QString> before;
    for (const QString& login : std::as_const(m_logins))
        before.insert(login, m_server->account().credentialPassword(PracticeRegion::Us, m_domain, login));
    const Run result = run({}, 0, false);
    QVERIFY(!result.killed && result.exitCode != 0);
    QVERIFY(sentPasswords().isEmpty());
    for (const QString& login : std::as_const(m_logins))
        QCOMPARE(m_server->account().credentialPassword(PracticeRegion::Us, m_domain, login),
                 before.value(login));
}

void TestKillResetSmtp::unwritableJournalChangesNothing()
{
    startServer();
    // The journal's folder is a file: nothing can be recorded, so nothing may be changed.
    const QString data = m_home->filePath(u"data"_s);
    QFile blocker(data);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Run result = run({}, 0, true);
    QVERIFY(!result.killed);
    QVERIFY2(result.exitCode != 0, result.out.constData());
    QVERIFY(sentPasswords().isEmpty());
}

QTEST_GUILESS_MAIN(TestKillResetSmtp)
#include "tst_killresetsmtp.moc"
