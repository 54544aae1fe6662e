#include "investigate/FindingRecord.h"
#include "recovery/Journal.h"
#include "recovery/KeyRotationPlan.h"
#include "recovery/RecordedFindings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Step 1's findings in the journal: recorded once each,
// read back after a restart, and turned into step 2's proposal of keys to delete.
class TestRecordedFindings : public QObject
{
    Q_OBJECT

private:
    static FindingRecord scanFinding(const QString& path, int line, const QString& keyId)
    {
        FindingRecord record;
        record.source = u"scan"_s;
        record.kind = u"api-key"_s;
        record.title = u"A private API key"_s;
        record.severity = u"critical"_s;
        record.location = path;
        record.line = line;
        record.masked = u"0123…cdef"_s;
        record.advice = u"Remove it."_s;
        record.keyId = keyId;
        record.match = keyId.isEmpty() ? u"not-this-account"_s : u"account-key"_s;
        return record;
    }

    static KeyInfo key(const QString& id, const QString& kind, const QString& role, const QDateTime& created)
    {
        KeyInfo info;
        info.id = id;
        info.kind = kind;
        info.role = role;
        info.createdAt = created;
        return info;
    }

private Q_SLOTS:
    void recordsEachFindingOnce()
    {
        Journal journal{QString()};
        const QList<FindingRecord> findings{scanFinding(u"/srv/site/.env"_s, 3, u"aaaa1111-bbbb2222"_s),
                                            scanFinding(u"/srv/site/old.env"_s, 7, QString())};
        QCOMPARE(RecordedFindings::record(&journal, findings), 2);
        // The same scan again adds nothing; a new finding is added alone.
        QCOMPARE(RecordedFindings::record(&journal, findings), 0);
        QCOMPARE(RecordedFindings::record(&journal, {scanFinding(u"/srv/site/x.js"_s, 1, QString())}), 1);
        const QList<FindingRecord> all = RecordedFindings::all(&journal);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().location, u"/srv/site/.env"_s);
        QCOMPARE(all.first().keyId, u"aaaa1111-bbbb2222"_s);
        QCOMPARE(all.first().line, 3);
        for (const Journal::Entry& entry : journal.entries()) {
            QCOMPARE(entry.type, u"finding"_s);
        }
    }

    void survivesARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"journal.jsonl"_s);
        {
            Journal journal(path);
            QVERIFY(journal.load());
            QCOMPARE(RecordedFindings::record(&journal, {scanFinding(u"/srv/.env"_s, 2, u"k1"_s)}), 1);
        }
        Journal reopened(path);
        QVERIFY(reopened.load());
        QCOMPARE(RecordedFindings::all(&reopened).size(), 1);
        QCOMPARE(RecordedFindings::record(&reopened, {scanFinding(u"/srv/.env"_s, 2, u"k1"_s)}), 0);
    }

    void flaggedKeysSayWhy()
    {
        Journal journal{QString()};
        FindingRecord review;
        review.source = u"account"_s;
        review.kind = u"recent-key"_s;
        review.location = u"API keys"_s;
        review.keyId = u"k2"_s;
        FindingRecord probe = scanFinding(u"https://example.com/.env"_s, 0, u"k3"_s);
        probe.source = u"probe"_s;
        RecordedFindings::record(&journal, {scanFinding(u"/srv/.env"_s, 4, u"k1"_s), review, probe,
                                            scanFinding(u"/srv/backup/.env"_s, 9, u"k1"_s)});
        const auto flagged = RecordedFindings::flaggedKeys(&journal);
        QCOMPARE(flagged.size(), 3);
        QVERIFY(flagged.value(u"k1"_s).leaked);
        QCOMPARE(flagged.value(u"k1"_s).where, u"/srv/.env"_s); // the first place it was found
        QVERIFY(!flagged.value(u"k2"_s).leaked);
        QVERIFY(flagged.value(u"k2"_s).suspicious);
        QVERIFY(flagged.value(u"k3"_s).leaked);
        QCOMPARE(flagged.value(u"k3"_s).where, u"https://example.com/.env"_s);
    }

    void stepTwoSelectsFlaggedKeys()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // An old sending key of a domain would normally be kept; found exposed, it is deleted.
        const QList<KeyInfo> keys{key(u"inuse"_s, u"user"_s, u"admin"_s, now.addDays(-300)),
                                  key(u"sending"_s, u"domain"_s, u"sending"_s, now.addDays(-200)),
                                  key(u"reader"_s, u"user"_s, u"basic"_s, now.addDays(-100)),
                                  key(u"session"_s, u"web"_s, u"admin"_s, now.addSecs(-3600))};
        const KeyRotationPlan plain = KeyRotationPlan::build(keys, u"inuse"_s, now.addDays(-14));
        QVERIFY(!plain.selected.contains(u"sending"_s));
        QVERIFY(!plain.selected.contains(u"reader"_s));

        QHash<QString, RecordedFindings::FlaggedKey> flagged;
        flagged.insert(u"sending"_s, {true, false, u"/srv/site/.env"_s});
        flagged.insert(u"reader"_s, {false, true, QString()});
        flagged.insert(u"session"_s, {false, true, QString()});
        const KeyRotationPlan plan = KeyRotationPlan::build(keys, u"inuse"_s, now.addDays(-14), flagged);
        QVERIFY(plan.selected.contains(u"inuse"_s));
        QVERIFY(plan.selected.contains(u"sending"_s));
        QVERIFY(plan.selected.contains(u"reader"_s));
        // A Control Panel session is only flagged, never proposed: it ends by itself.
        QVERIFY(!plan.selected.contains(u"session"_s));
        const auto candidateFor = [&plan](const QString& id) -> const KeyRotationCandidate* {
            for (const KeyRotationCandidate& candidate : plan.candidates) {
                if (candidate.key.id == id)
                    return &candidate;
            }
            return nullptr;
        };
        const KeyRotationCandidate* sending = candidateFor(u"sending"_s);
        QVERIFY(sending);
        QVERIFY(sending->leaked);
        QVERIFY2(sending->advice.contains(u"/srv/site/.env"_s), qPrintable(sending->advice));
        const KeyRotationCandidate* reader = candidateFor(u"reader"_s);
        QVERIFY(reader);
        QVERIFY(reader->suspicious);
    }
};

QTEST_GUILESS_MAIN(TestRecordedFindings)
#include "tst_recordedfindings.moc"
