// The folder scan reads a git repository's whole history: a key committed and deleted since,
// changed to another key, only on a side branch or in a tag, packed or loose, in a bare
// repository, in fifty commits, under a hostile author and path; large and binary file
// versions are skipped and counted. Every repository is made by the real `git` command (the
// oracle), with fixed dates; the ids the findings name are the ones git itself gives.
#include "TestGitRepository.h"
#include "investigate/FindingRecord.h"
#include "investigate/GitHistoryScanner.h"
#include "investigate/GitHistorySummaryText.h"
#include "investigate/GitHistoryText.h"
#include "investigate/LeakScanner.h"
#include "models/FindingsModel.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Since = GitOrigin::Since;

namespace {

const QByteArray firstKey = "3f9c2a7be41d8c05a6f1e9d27b4c8a10-5eeb6406-757a4247";
const QByteArray secondKey = "b71e4c09d2a5f38e6c1b7a94e0d2f5c3-91ab3c7d-2e4f6a81";
const QByteArray branchKey = "5d2e8f1a9c4b7e3d6a0f2c8b1e5d9a47-3c6e9f2b-8a1d4e7c";
const QByteArray tagKey = "e8a3c6f1d9b2e5a7c0f4d8b3a6e1c9f2-7d2a5c8e-1f4b9e3a";
const QByteArray packedKey = "9b4e7a2d6c1f8e3b5a0d7c4e9f2b6a18-4e8b2d6f-9c3a7e1b";
const QByteArray looseKey = "2c7f4a9e1b6d3f8c5e0a9d2b7f4c1e63-6b1e4a9d-3f7c2e8a";
const QByteArray bareKey = "7a1d5f9c3e8b2a6d4f0c7e3a9b5d1f84-2f5a8c1e-6d9b3e7f";
const QByteArray stashKey = "1e6b9d3f7a2c5e8b4d0f6a3c9e2b7d51-5a9c2f6e-0b3d8a4c";
const QByteArray repeatedKey = "c4f8b2e6a0d3c7f1b5e9a2d6c0f4b8e1-8e3c6a9f-5b2d7f4a";

QByteArray settings(const QByteArray& key)
{
    return "APP_NAME=shop\nMAIL_MAILER=mailgun\nMAILGUN_SECRET=" + key + "\n";
}

struct Outcome
{
    QList<LeakFinding> credentials; // findings with a secret
    LeakScanner::Summary summary;

    QList<LeakFinding> with(const QByteArray& key) const
    {
        QList<LeakFinding> found;
        for (const LeakFinding& finding : credentials) {
            if (finding.secret.reveal() == QString::fromLatin1(key))
                found.append(finding);
        }
        return found;
    }
};

Outcome scan(const QStringList& paths)
{
    LeakScanner scanner;
    QSignalSpy finished(&scanner, &LeakScanner::finished);
    Outcome outcome;
    if (!scanner.start(paths, false) || !finished.wait(120000))
        return outcome;
    for (const LeakFinding& finding : scanner.findings()) {
        if (finding.hasSecret())
            outcome.credentials.append(finding);
    }
    outcome.summary = scanner.summary();
    return outcome;
}

// What the wizard's findings table shows in its "Where" column for this finding.
QString shownWhere(const LeakFinding& finding)
{
    FindingsModel model;
    model.setFindings({finding.record()});
    return model.index(0, FindingsModel::WhereColumn).data().toString();
}

} // namespace

class TestGitHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_repositories = 0;

    // A new, empty repository in a folder of its own.
    TestGitRepository newRepository()
    {
        TestGitRepository repository(m_dir.filePath(u"project%1"_s.arg(++m_repositories)));
        if (!repository.init())
            qWarning("git init failed");
        return repository;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void keyCommittedThenDeletedIsFound()
    {
        TestGitRepository repository = newRepository();
        QVERIFY(repository.write(u".env"_s, settings(firstKey)));
        QVERIFY(repository.commit(u"Add settings"_s, u"2026-12-02T10:00:00+01:00"_s));
        QVERIFY(repository.remove(u".env"_s));
        QVERIFY(repository.write(u"README"_s, "The shop.\n"));
        QVERIFY(repository.commit(u"Remove settings"_s, u"2026-12-05T10:00:00+01:00"_s));
        const QString added = repository.shortId(u"HEAD~1"_s);
        QCOMPARE(added.size(), 7);

        const Outcome outcome = scan({repository.folder()});
        QCOMPARE(outcome.credentials.size(), 1);
        const LeakFinding& finding = outcome.credentials.first();
        QCOMPARE(finding.secret.reveal(), QString::fromLatin1(firstKey));
        QCOMPARE(finding.kind, LeakFinding::Kind::ApiKey);
        QCOMPARE(finding.line, 3);
        QCOMPARE(finding.gitOrigin.commit, added);
        QCOMPARE(finding.gitOrigin.date, QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
        QCOMPARE(finding.gitOrigin.author, u"Ada Admin <admin@example.org>"_s);
        QCOMPARE(finding.gitOrigin.since, Since::Deleted);
        const QString where = u"In the history of "_s + repository.folder() + u": .env, commit "_s + added +
                              u" of 2 Dec 2026 (deleted since)"_s;
        QCOMPARE(GitHistoryText::where(finding.gitOrigin), where);
        QCOMPARE(shownWhere(finding), where + u", line 3"_s);
        QVERIFY(finding.advice().contains(u"commit "_s + added + u" of 2 Dec 2026 by Ada Admin"_s));
        QVERIFY(finding.advice().contains(u"Deleting the file or the line does not remove it."_s));
        QVERIFY(finding.advice().contains(u"(step 2)"_s));

        // The journal keeps the commit and its date; a journal written before has neither.
        const QJsonObject saved = finding.record().toJson();
        QCOMPARE(saved.value(u"commit"_s).toString(), added);
        QCOMPARE(saved.value(u"commit_date"_s).toString(), u"2026-12-02T10:00:00+01:00"_s);
        QCOMPARE(saved.value(u"since"_s).toString(), u"deleted"_s);
        const FindingRecord read = FindingRecord::fromJson(saved);
        QCOMPARE(GitHistoryText::where(read), where);
        QJsonObject old = saved;
        for (const QString& key : {u"repository"_s, u"commit"_s, u"commit_date"_s, u"since"_s})
            old.remove(key);
        QVERIFY(FindingRecord::fromJson(old).commit.isEmpty());
        QCOMPARE(finding.toJson().value(u"history"_s).toObject().value(u"commit"_s).toString(), added);

        QCOMPARE(outcome.summary.gitHistory.repositories, 1);
        QCOMPARE(outcome.summary.gitHistory.commits, 2);
        QCOMPARE(outcome.summary.gitHistory.objects, 2); // .env, README
        // No translation is installed here: the source text, with its plural marks.
        QCOMPARE(
            GitHistorySummaryText::lines(outcome.summary.gitHistory),
            QStringList{u"Read the code history (git) of 1 folder(s): 2 commit(s) and 2 file version(s)."_s});
    }

    void keyChangedToAnotherIsFoundOnceEach()
    {
        TestGitRepository repository = newRepository();
        QVERIFY(repository.write(u"config/.env"_s, settings(firstKey)));
        QVERIFY(repository.commit(u"Settings"_s, u"2026-11-20T08:00:00+00:00"_s));
        QVERIFY(repository.write(u"config/.env"_s, settings(secondKey)));
        QVERIFY(repository.commit(u"New key"_s, u"2026-12-03T08:00:00+00:00"_s));

        const Outcome outcome = scan({repository.folder()});
        QCOMPARE(outcome.credentials.size(), 2);
        const QList<LeakFinding> old = outcome.with(firstKey);
        QCOMPARE(old.size(), 1);
        QCOMPARE(old.first().gitOrigin.commit, repository.shortId(u"HEAD~1"_s));
        QCOMPARE(old.first().gitOrigin.since, Since::Changed);
        QVERIFY(shownWhere(old.first())
                    .endsWith(u"config/.env, commit "_s + repository.shortId(u"HEAD~1"_s) +
                              u" of 20 Nov 2026 (changed since), line 3"_s));
        // The key still in the file: reported by the file finding only.
        const QList<LeakFinding> current = outcome.with(secondKey);
        QCOMPARE(current.size(), 1);
        QVERIFY(current.first().gitOrigin.isEmpty());
        QCOMPARE(current.first().path, repository.folder() + u"/config/.env"_s);
    }

    void keysOnASideBranchInATagAndInTheStashAreFound()
    {
        TestGitRepository repository = newRepository();
        QVERIFY(repository.write(u"index.php"_s, "<?php echo 'shop';\n"));
        QVERIFY(repository.commit(u"Start"_s, u"2026-10-01T12:00:00+00:00"_s));
        QVERIFY(!repository.git({u"checkout"_s, u"-q"_s, u"-b"_s, u"experiment"_s}).isNull());
        QVERIFY(repository.write(u"mail.php"_s, "<?php $mailgun = '" + branchKey + "';\n"));
        QVERIFY(repository.commit(u"Try mail"_s, u"2026-10-02T12:00:00+00:00"_s));
        QVERIFY(!repository.git({u"checkout"_s, u"-q"_s, u"--detach"_s, u"main"_s}).isNull());
        QVERIFY(repository.write(u"release.env"_s, settings(tagKey)));
        QVERIFY(repository.commit(u"Release"_s, u"2026-10-03T12:00:00+00:00"_s));
        QVERIFY(!repository.git({u"tag"_s, u"-a"_s, u"-m"_s, u"Release 1"_s, u"v1"_s}).isNull());
        QVERIFY(!repository.git({u"checkout"_s, u"-q"_s, u"main"_s}).isNull());
        // Only the references reach them now, not HEAD's log.
        QVERIFY(!repository.git({u"reflog"_s, u"expire"_s, u"--expire=now"_s, u"--all"_s}).isNull());
        // A change put aside with `git stash`, never committed to a branch.
        QVERIFY(repository.write(u"index.php"_s, "<?php $key = '" + stashKey + "'; // mailgun\n"));
        QVERIFY(!repository.git({u"stash"_s, u"-q"_s}).isNull());
        QVERIFY(!QFile::exists(repository.folder() + u"/mail.php"_s));

        const Outcome outcome = scan({repository.folder()});
        QCOMPARE(outcome.credentials.size(), 3);
        QCOMPARE(outcome.with(stashKey).size(), 1);
        QCOMPARE(outcome.with(stashKey).first().gitOrigin.commit, repository.shortId(u"stash@{0}"_s));
        QCOMPARE(outcome.with(stashKey).first().gitOrigin.since, Since::Changed);
        QCOMPARE(outcome.with(branchKey).size(), 1);
        QCOMPARE(outcome.with(branchKey).first().gitOrigin.commit, repository.shortId(u"experiment"_s));
        QCOMPARE(outcome.with(branchKey).first().gitOrigin.pathInCommit, u"mail.php"_s);
        QCOMPARE(outcome.with(tagKey).size(), 1);
        QCOMPARE(outcome.with(tagKey).first().gitOrigin.commit, repository.shortId(u"v1^{commit}"_s));
        QCOMPARE(outcome.with(tagKey).first().gitOrigin.since, Since::Deleted);
    }

    void packedAndLooseObjectsAreRead()
    {
        TestGitRepository repository = newRepository();
        QVERIFY(repository.write(u"old.env"_s, settings(packedKey)));
        QVERIFY(repository.commit(u"Old settings"_s, u"2026-09-01T12:00:00+00:00"_s));
        QVERIFY(!repository.git({u"gc"_s, u"-q"_s, u"--aggressive"_s}).isNull());
        QVERIFY(repository.write(u"new.env"_s, settings(looseKey)));
        QVERIFY(repository.remove(u"old.env"_s));
        QVERIFY(repository.commit(u"New settings"_s, u"2026-09-02T12:00:00+00:00"_s));
        QVERIFY(repository.remove(u"new.env"_s));
        QVERIFY(repository.commit(u"No settings"_s, u"2026-09-03T12:00:00+00:00"_s));
        // The oracle says where each lives: the old blob only in a pack, the new one loose.
        const QString packedBlob = repository.git({u"rev-parse"_s, u"HEAD~2:old.env"_s});
        const QString looseBlob = repository.git({u"rev-parse"_s, u"HEAD~1:new.env"_s});
        const auto looseFile = [&](const QString& id) -> QString {
            return repository.folder() + u"/.git/objects/"_s + id.left(2) + u'/' + id.mid(2);
        };
        QVERIFY(!QFile::exists(looseFile(packedBlob)));
        QVERIFY(repository
                    .git({u"verify-pack"_s, u"-v"_s,
                          QDir(repository.folder() + u"/.git/objects/pack"_s)
                              .entryInfoList({u"*.idx"_s})
                              .value(0)
                              .absoluteFilePath()})
                    .contains(packedBlob));
        QVERIFY(QFile::exists(looseFile(looseBlob)));

        const Outcome outcome = scan({repository.folder()});
        QCOMPARE(outcome.credentials.size(), 2);
        QCOMPARE(outcome.with(packedKey).value(0).gitOrigin.commit, repository.shortId(u"HEAD~2"_s));
        QCOMPARE(outcome.with(looseKey).value(0).gitOrigin.commit, repository.shortId(u"HEAD~1"_s));
    }

    void bareRepositoryIsRead()
    {
        TestGitRepository source = newRepository();
        QVERIFY(source.write(u"app/config.php"_s, "<?php define('MAILGUN_KEY', '" + bareKey + "');\n"));
        QVERIFY(source.commit(u"Config"_s, u"2026-08-15T23:30:00-05:00"_s));
        const QString server = m_dir.filePath(u"server"_s);
        QVERIFY(QDir().mkpath(server));
        QVERIFY(!source.git({u"clone"_s, u"-q"_s, u"--bare"_s, source.folder(), server + u"/shop.git"_s})
                     .isNull());

        const Outcome outcome = scan({server});
        QCOMPARE(outcome.credentials.size(), 1);
        const LeakFinding& finding = outcome.credentials.first();
        QCOMPARE(finding.secret.reveal(), QString::fromLatin1(bareKey));
        QCOMPARE(finding.gitOrigin.since, Since::NoWorkingFiles);
        // The author's own day, not the UTC one (16 Aug).
        QCOMPARE(GitHistoryText::where(finding.gitOrigin),
                 u"In the history of "_s + server + u"/shop.git: app/config.php, commit "_s +
                     source.shortId(u"HEAD"_s) + u" of 15 Aug 2026"_s);
    }

    void sameKeyInFiftyCommitsIsReportedOnce()
    {
        TestGitRepository repository = newRepository();
        for (int i = 1; i <= 50; ++i) {
            QVERIFY(repository.write(u"settings.ini"_s, "counter=" + QByteArray::number(i) +
                                                            "\nmailgun_key=" + repeatedKey + "\n"));
            QVERIFY(repository.commit(u"Change %1"_s.arg(i),
                                      u"2026-07-01T12:%1:00+00:00"_s.arg(i, 2, 10, '0'_L1)));
        }
        QVERIFY(repository.remove(u"settings.ini"_s));
        QVERIFY(repository.commit(u"Remove"_s, u"2026-07-02T12:00:00+00:00"_s));
        const QString first = repository.git({u"rev-list"_s, u"--max-parents=0"_s, u"HEAD"_s}).left(7);

        const Outcome outcome = scan({repository.folder()});
        QCOMPARE(outcome.credentials.size(), 1);
        QCOMPARE(outcome.credentials.first().gitOrigin.commit, first);
        QCOMPARE(outcome.summary.gitHistory.commits, 51);
        QCOMPARE(outcome.summary.gitHistory.objects, 50);
    }

    void hostileAuthorAndPathAreShownAsPlainText()
    {
        TestGitRepository repository = newRepository();
        const QString path = u"ev\x1b[31mil\r\n.env"_s;
        QVERIFY(repository.write(path, settings(firstKey)));
        QVERIFY(repository.commit(u"Innocent"_s, u"2026-06-01T12:00:00+00:00"_s,
                                  u"Eve\x1b[2J\x07 \u202eMallory"_s));
        QVERIFY(repository.remove(path));
        QVERIFY(repository.commit(u"Gone"_s, u"2026-06-02T12:00:00+00:00"_s));

        const Outcome outcome = scan({repository.folder()});
        QCOMPARE(outcome.credentials.size(), 1);
        const LeakFinding& finding = outcome.credentials.first();
        QCOMPARE(finding.gitOrigin.pathInCommit, path); // kept as it is, shown replaced
        const auto isPlain = [](const QString& text) {
            return std::none_of(text.cbegin(), text.cend(),
                                [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x202e; });
        };
        const QString where = shownWhere(finding);
        QVERIFY2(isPlain(where), qPrintable(where));
        QVERIFY(where.contains(u"ev\uFFFD[31mil\uFFFD\uFFFD.env, commit "_s));
        QVERIFY(isPlain(finding.advice()));
        QVERIFY(finding.advice().contains(u"by Eve\uFFFD[2J\uFFFD \uFFFDMallory <admin@example.org>"_s));
        QVERIFY(isPlain(GitHistoryText::where(FindingRecord::fromJson(finding.record().toJson()))));
    }

    void largeAndBinaryFileVersionsAreSkipped()
    {
        TestGitRepository repository = newRepository();
        // Text that would be read if it were small: the key is on its first line.
        QByteArray large = settings(firstKey);
        large.reserve(GitHistoryScanner::maxBlobBytes + 1024);
        QRandomGenerator random(15);
        while (large.size() <= GitHistoryScanner::maxBlobBytes)
            large.append(QByteArray::number(random.generate64(), 36)).append('\n');
        QVERIFY(repository.write(u"dump.txt"_s, large));
        QVERIFY(repository.write(u"blob.txt"_s, QByteArray("\0\1\2", 3) + settings(secondKey)));
        QVERIFY(repository.commit(u"Data"_s, u"2026-05-01T12:00:00+00:00"_s));
        QVERIFY(repository.remove(u"dump.txt"_s));
        QVERIFY(repository.remove(u"blob.txt"_s));
        QVERIFY(repository.commit(u"No data"_s, u"2026-05-02T12:00:00+00:00"_s));

        const Outcome outcome = scan({repository.folder()});
        QVERIFY(outcome.credentials.isEmpty());
        QCOMPARE(outcome.summary.gitHistory.tooLarge, 1);
        QCOMPARE(outcome.summary.gitHistory.binaryObjects, 1);
        QCOMPARE(GitHistorySummaryText::lines(outcome.summary.gitHistory).value(1),
                 u"1 file version(s) in the code history were larger than 32 MB and were not read."_s);
    }
};

QTEST_GUILESS_MAIN(TestGitHistory)
#include "tst_githistory.moc"
