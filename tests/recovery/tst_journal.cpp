// The journal survives a restart, never loses a damaged file, and the session restores the
// ticked items from it, keeping practice and real work apart.
#include "recovery/AccountWorkspace.h"
#include "recovery/Journal.h"
#include "recovery/RecoverySession.h"
#include "recovery/StepGuide.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::StringLiterals;

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsAndReloads();
    void damagedFileIsKeptAside();
    void tornLastLineIsDropped();
    void unwritableFolderIsReported();
    void startOverKeepsTheOldFile();
    void sessionRestoresTickedItems();
    void practiceTicksDoNotCountForTheRealAccount();
    void olderPracticeEntriesAreSkippedOnLoad();
    void damagedLineIsSkippedAndTheRestKept();
    void onlyItsOwnerCanReadIt();
    void aSecondProcessChangesNothingAndADeadOnesLockIsTakenOver();
};

void TestJournal::appendsAndReloads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/journal.json"_s);
    {
        Journal journal(path);
        QVERIFY(journal.load());
        QVERIFY(journal.append(u"key-created"_s, {{u"id"_s, u"abc"_s}}));
        QVERIFY(journal.append(u"key-deleted"_s, {{u"id"_s, u"old"_s}}));
    }
    Journal reloaded(path);
    QVERIFY(reloaded.load());
    QCOMPARE(reloaded.entries().size(), 2);
    QCOMPARE(reloaded.entries().at(0).type, u"key-created"_s);
    QCOMPARE(reloaded.entries().at(1).data.value(u"id"_s).toString(), u"old"_s);
    QVERIFY(reloaded.entries().at(0).time.isValid());
}

void TestJournal::damagedFileIsKeptAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ this is not json");
    file.close();
    Journal journal(path);
    QString error;
    QVERIFY(!journal.load(&error));
    QVERIFY(error.contains(u"damaged"_s));
    QVERIFY(journal.entries().isEmpty());
    const QStringList aside = QDir(dir.path()).entryList({u"journal.json.broken-*"_s});
    QCOMPARE(aside.size(), 1);
    QVERIFY(journal.append(u"fresh"_s, {}));
}

// A process killed in the middle of a write leaves half a line: the entries before it are
// kept, the half line is dropped, and the next entry starts on a line of its own.
void TestJournal::tornLastLineIsDropped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.jsonl"_s);
    {
        Journal journal(path);
        QVERIFY(journal.append(u"smtp-password-stored"_s, {{u"login"_s, u"a@mg.example.com"_s}}));
        QVERIFY(journal.append(u"smtp-update-sent"_s, {{u"login"_s, u"a@mg.example.com"_s}}));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(R"({"time":"2026-11-28T10:00:00.000Z","type":"smtp-pass)");
    file.close();

    {
        Journal reloaded(path);
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.entries().size(), 2);
        QVERIFY(reloaded.append(u"smtp-password-set"_s, {{u"login"_s, u"a@mg.example.com"_s}}));
    }
    Journal again(path);
    QVERIFY(again.load());
    QCOMPARE(again.entries().size(), 3);
    QCOMPARE(again.entries().at(2).type, u"smtp-password-set"_s);
}

void TestJournal::unwritableFolderIsReported()
{
    Journal journal(u"/proc/mra-cannot-write-here/journal.json"_s);
    QString error;
    QVERIFY(!journal.append(u"x"_s, {}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(journal.entries().size(), 1); // kept in memory, the session goes on
}

void TestJournal::startOverKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.json"_s);
    Journal journal(path);
    QVERIFY(journal.append(u"x"_s, {}));
    QVERIFY(journal.startOver());
    QVERIFY(journal.entries().isEmpty());
    QCOMPARE(QDir(dir.path()).entryList({u"journal.json.2*"_s}).size(), 1); // journal.json.<year...>
}

// One damaged line hides nothing after it: it is skipped, a copy of the damaged file is
// kept, and the next start reads a clean file.
void TestJournal::damagedLineIsSkippedAndTheRestKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.jsonl"_s);
    {
        Journal journal(path);
        QVERIFY(journal.append(u"key-created"_s, {{u"id"_s, u"aaaa1111-bbbb2222"_s}}));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\x01\x02 not json at all\n");
    file.write(R"({"time":"2026-11-28T10:00:00.000Z","type":"key-stored","data":{"id":"aaaa1111-bbbb2222"}})"
               "\n");
    file.close();

    {
        Journal reloaded(path);
        QString error;
        QVERIFY(!reloaded.load(&error)); // repaired: the admin is told
        QVERIFY2(error.contains(u"kept everything it could read"_s), qPrintable(error));
        QCOMPARE(reloaded.skippedLines(), 1);
        QCOMPARE(reloaded.entries().size(), 2);
        QCOMPARE(reloaded.entries().at(1).type, u"key-stored"_s);
        QCOMPARE(QDir(dir.path()).entryList({u"journal.jsonl.broken-*"_s}).size(), 1);
    }
    Journal clean(path);
    QVERIFY(clean.load());
    QCOMPARE(clean.entries().size(), 2);
}

void TestJournal::onlyItsOwnerCanReadIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.jsonl"_s);
    Journal journal(path);
    QVERIFY(journal.append(u"x"_s, {}));
    const QFileDevice::Permissions others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
}

// A second window or command on the same journal changes nothing while the first one runs;
// when the first one dies (killed, not closed), its lock is taken over.
void TestJournal::aSecondProcessChangesNothingAndADeadOnesLockIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.jsonl"_s);
    {
        Journal journal(path);
        QVERIFY(journal.append(u"x"_s, {}));
    }
    QProcess holder;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"MRA_HOLD_JOURNAL"_s, path);
    holder.setProcessEnvironment(environment);
    holder.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(holder.waitForReadyRead(30000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("holding"));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    Journal second(path);
    QString error;
    QVERIFY(!second.load(&error));
    QVERIFY(second.isHeldElsewhere());
    QVERIFY2(error.contains(u"Another window"_s), qPrintable(error));
    QVERIFY(!second.append(u"y"_s, {}));
    QVERIFY(!second.startOver());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();

    holder.kill(); // SIGKILL: the lock file stays behind
    QVERIFY(holder.waitForFinished(30000));
    Journal third(path);
    QVERIFY(third.load());
    QVERIFY(!third.isHeldElsewhere());
    QVERIFY(third.append(u"z"_s, {}));
    QCOMPARE(third.entries().size(), 2);
}

void TestJournal::sessionRestoresTickedItems()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.json"_s);
    const StepGuide guide = stepGuide(RecoveryStep::TwoFactor);
    QVERIFY(!guide.items.isEmpty());
    {
        Journal journal(path);
        RecoverySession session(&journal, ApiEndpoints::production());
        for (const ChecklistItem& item : guide.items)
            session.setItemConfirmed(RecoveryStep::TwoFactor, item.id, true);
        QVERIFY(session.isStepDone(RecoveryStep::TwoFactor));
        session.setItemConfirmed(RecoveryStep::TwoFactor, guide.items.first().id, false);
        QVERIFY(!session.isStepDone(RecoveryStep::TwoFactor));
        session.setItemConfirmed(RecoveryStep::TwoFactor, guide.items.first().id, true);
        session.setIncidentStart(QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc()));
    }
    Journal journal(path);
    QVERIFY(journal.load());
    RecoverySession restored(&journal, ApiEndpoints::production());
    QVERIFY(restored.isStepDone(RecoveryStep::TwoFactor));
    QVERIFY(!restored.isStepDone(RecoveryStep::ApiKey));
    QCOMPARE(restored.doneStepCount(), 1);
    QCOMPARE(restored.incidentStart(), QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc()));
}

void TestJournal::practiceTicksDoNotCountForTheRealAccount()
{
    Journal journal(QString{});
    RecoverySession session(&journal, ApiEndpoints::production());
    // Without a practice provider there is no practice account to switch to.
    session.setMode(RecoverySession::AccountMode::Practice);
    QCOMPARE(session.mode(), RecoverySession::AccountMode::RealAccount);

    Journal practiceJournal(QString{});
    session.setPracticeProvider([&practiceJournal](QObject* parent, QString*) {
        return new AccountWorkspace(ApiEndpoints::production(), nullptr, &practiceJournal, parent);
    });
    QVERIFY(session.ensurePracticeWorkspace());
    session.setMode(RecoverySession::AccountMode::Practice);
    const StepGuide guide = stepGuide(RecoveryStep::UserPasswords);
    for (const ChecklistItem& item : guide.items)
        session.setItemConfirmed(RecoveryStep::UserPasswords, item.id, true);
    QVERIFY(session.isStepDone(RecoveryStep::UserPasswords));
    session.setMode(RecoverySession::AccountMode::RealAccount);
    QVERIFY(!session.isStepDone(RecoveryStep::UserPasswords));
    QVERIFY(journal.entries().isEmpty()); // nothing of the practice reached the real record
    QCOMPARE(practiceJournal.entries().size(), guide.items.size());
    session.setMode(RecoverySession::AccountMode::Practice);
    QVERIFY(session.isStepDone(RecoveryStep::UserPasswords));
}

void TestJournal::olderPracticeEntriesAreSkippedOnLoad()
{
    // Versions before 0.2 wrote practice work into the real journal, marked "practice".
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.jsonl"_s);
    {
        Journal journal(path);
        QVERIFY(journal.append(u"key-deleted"_s, {{u"practice"_s, true}, {u"id"_s, u"feed0000-practice"_s}}));
        QVERIFY(
            journal.append(u"key-deleted"_s, {{u"practice"_s, false}, {u"id"_s, u"abcd0001-abcd0002"_s}}));
        QVERIFY(journal.append(u"key-stored"_s, {{u"id"_s, u"abcd0003-abcd0004"_s}}));
    }
    Journal reloaded(path);
    QVERIFY(reloaded.load());
    QCOMPARE(reloaded.entries().size(), 2);
    QCOMPARE(reloaded.entries().at(0).data.value(u"id"_s).toString(), u"abcd0001-abcd0002"_s);
    QCOMPARE(reloaded.entries().at(1).data.value(u"id"_s).toString(), u"abcd0003-abcd0004"_s);
}

// With MRA_HOLD_JOURNAL set, the test runs as a second process that holds that journal
// until it is killed.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("MRA_HOLD_JOURNAL")) {
        Journal journal(qEnvironmentVariable("MRA_HOLD_JOURNAL"));
        if (!journal.load())
            return 2;
        std::fputs("holding\n", stdout);
        std::fflush(stdout);
        return QCoreApplication::exec();
    }
    TestJournal test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_journal.moc"
