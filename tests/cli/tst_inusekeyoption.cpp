// `rotate-key --in-use-key-id ID` (docs/mailgun-behaviour.md, point 3): with an older "key-" key
// the command says it cannot tell which listed key is in use and marks none; the option records
// the admin's choice in the journal through the same controller as the wizard; it never
// overrides a key whose own tail names its entry, and an unlisted id changes nothing.
#include "CliProcess.h"
#include "SessionPractice.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

} // namespace

class TestInUseKeyOption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void legacyKeyIsNotMarkedWithoutTheOption();
    void optionRecordsTheChoiceAndTheRotationUsesIt();
    void optionNeverOverridesATailOrNamesAnUnlistedKey();

private:
    Run run(QStringList arguments, const QString& key);
    QList<QJsonObject> journal(const QString& type) const;
    QString idOf(const QString& label) { return m_server->account().findKeyBySecret(secret(label))->id; }
    QString secret(const QString& label) const { return m_server->account().seededSecret(label); }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<PracticeServer> m_server;
};

void TestInUseKeyOption::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_server = std::make_unique<PracticeServer>();
    QVERIFY(m_server->start());
}

void TestInUseKeyOption::cleanup()
{
    m_server.reset();
    m_home.reset();
}

Run TestInUseKeyOption::run(QStringList arguments, const QString& key)
{
    arguments << u"--api-base-us"_s << m_server->baseUrl(PracticeRegion::Us).toString() << u"--api-base-eu"_s
              << m_server->baseUrl(PracticeRegion::Eu).toString();
    QProcessEnvironment environment = cliEnvironment(*m_home);
    environment.insert(u"MAILGUN_API_KEY"_s, key);
    return runCli(arguments, environment);
}

QList<QJsonObject> TestInUseKeyOption::journal(const QString& type) const
{
    QList<QJsonObject> data;
    QDirIterator it(m_home->filePath(u"data"_s), {u"journal.jsonl"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            if (entry.value(u"type"_s).toString() == type)
                data.append(entry.value(u"data"_s).toObject());
        }
    }
    return data;
}

void TestInUseKeyOption::legacyKeyIsNotMarkedWithoutTheOption()
{
    const Run result = run({u"rotate-key"_s}, secret(u"legacy"_s));
    QCOMPARE(result.exitCode, 3); // no terminal and no --yes: nothing done
    QVERIFY2(result.err.contains("The program cannot tell which of these keys is the one you use"),
             result.err.constData());
    QVERIFY(result.err.contains("--in-use-key-id ID"));
    QVERIFY(!result.err.contains("(in use"));
    // Listed with what lets the admin recognise it: id, kind, role, creation date, description.
    const QString created = m_server->account()
                                .findKeyBySecret(secret(u"legacy"_s))
                                ->createdAt.toUTC()
                                .date()
                                .toString(Qt::ISODate);
    QVERIFY2(result.err.contains(
                 (idOf(u"legacy"_s) + u"  user admin  "_s + created + u"  \"Private API key\""_s).toUtf8()),
             result.err.constData());
    QVERIFY(journal(u"key-in-use-chosen"_s).isEmpty());
}

void TestInUseKeyOption::optionRecordsTheChoiceAndTheRotationUsesIt()
{
    const QString legacy = secret(u"legacy"_s);
    const QString legacyId = idOf(u"legacy"_s);
    const Run chosen = run({u"rotate-key"_s, u"--in-use-key-id"_s, legacyId.toUpper()}, legacy);
    QCOMPARE(chosen.exitCode, 3);
    QVERIFY2(chosen.err.contains("(in use, as you said)"), chosen.err.constData());
    const QList<QJsonObject> choices = journal(u"key-in-use-chosen"_s);
    QCOMPARE(choices.size(), 1);
    QCOMPARE(choices.constFirst().value(u"id"_s).toString(), legacyId);
    QCOMPARE(choices.constFirst().value(u"key"_s).toString(), legacy.left(4) + u"…"_s + legacy.right(4));

    // The next run remembers it without the option, and the rotation deletes that key last.
    const Run rotated = run({u"rotate-key"_s, u"--yes"_s, u"--json"_s}, legacy);
    QVERIFY2(rotated.exitCode == 0, rotated.err.constData());
    const QList<QJsonObject> started = journal(u"key-rotation-started"_s);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.constFirst().value(u"in_use"_s).toString(), legacyId);
    QVERIFY(!m_server->account().findKeyBySecret(legacy));
    QStringList order;
    for (const QJsonObject& sent : journal(u"key-delete-sent"_s))
        order << sent.value(u"id"_s).toString();
    QCOMPARE(order.constLast(), legacyId);
    QCOMPARE(journal(u"key-in-use-chosen"_s).size(), 1); // not asked or recorded again
}

void TestInUseKeyOption::optionNeverOverridesATailOrNamesAnUnlistedKey()
{
    const Run unlisted =
        run({u"rotate-key"_s, u"--in-use-key-id"_s, u"00000000-00000000"_s}, secret(u"legacy"_s));
    QCOMPARE(unlisted.exitCode, 2);
    QVERIFY(unlisted.err.contains("None of your listed keys has the id 00000000-00000000"));
    const Run tail =
        run({u"rotate-key"_s, u"--in-use-key-id"_s, idOf(u"developer"_s)}, m_server->practiceKey());
    QCOMPARE(tail.exitCode, 2);
    QVERIFY2(tail.err.contains((u"The key you use is key "_s + m_server->practiceKey().right(17)).toUtf8()),
             tail.err.constData());
    QVERIFY(journal(u"key-in-use-chosen"_s).isEmpty());
    QVERIFY(journal(u"key-rotation-started"_s).isEmpty());
}

QTEST_MAIN(TestInUseKeyOption)
#include "tst_inusekeyoption.moc"
