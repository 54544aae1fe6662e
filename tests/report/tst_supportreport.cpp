// Step 6: building the report for Mailgun support from the journal. Secrets are masked in
// every shape, requests fold into their answers, what is still open is listed, unknown entry
// types keep their fields but no secret, and findings take the scanners' field names.
// Writing the report as Markdown, HTML and PDF and the `report` command are tested in
// tst_reportexport.cpp.
#include "SupportReportFixture.h"
#include "identity/ApplicationIdentity.h"
#include "recovery/Journal.h"
#include "report/MarkdownReportWriter.h"
#include "report/ReportSecretScrub.h"
#include "report/SupportReport.h"
#include "secrets/Secret.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SupportReportFixture;

class TestSupportReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scrubMasksEveryKeyShape();
    void foldsRequestsWithTheirAnswers();
    void listsWhatIsStillOpen();
    void unknownTypesKeepTheirFieldsButNoSecret();
    void findingsTakeTheScannersFieldNames();
};

void TestSupportReport::initTestCase()
{
    ApplicationIdentity::apply();
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(Journal::defaultPath());
}

void TestSupportReport::scrubMasksEveryKeyShape()
{
    using ReportSecretScrub::scrub;
    QCOMPARE(scrub(u"a "_s + plantedCurrentKey + u" b"_s),
             u"a "_s + Secret::mask(plantedCurrentKey) + u" b"_s);
    QCOMPARE(scrub(plantedLegacyKey), Secret::mask(plantedLegacyKey));
    QCOMPARE(scrub(u"MAILGUN_KEY="_s + plantedPublicKey), u"MAILGUN_KEY="_s + Secret::mask(plantedPublicKey));
    // Upper case and a key glued to other text are caught too.
    QVERIFY(!scrub(plantedCurrentKey.toUpper()).contains(plantedCurrentKey.toUpper()));
    QVERIFY(!scrub(u"xx"_s + plantedLegacyKey + u"yy"_s).contains(plantedLegacyKey));
    QCOMPARE(scrub(u"two: "_s + plantedLegacyKey + u", "_s + plantedLegacyKey).count(u"…"_s), 2);
    // Key ids, markers, logins and dates are not secrets and stay readable.
    for (const QString& plain :
         {u"1a2b3c4d-5e6f7a8b"_s, u"mra-0badc0ffee00"_s, u"postmaster@mg.example.com"_s,
          u"2026-11-20T08:00:00Z"_s, u"key-rotation-finished"_s}) {
        QCOMPARE(scrub(plain), plain);
        QVERIFY(!ReportSecretScrub::containsKeyShape(plain));
    }
    QVERIFY(ReportSecretScrub::isSecretFieldName(u"smtp_password"_s));
    QVERIFY(ReportSecretScrub::isSecretFieldName(u"Secret"_s));
    QVERIFY(!ReportSecretScrub::isSecretFieldName(u"password_changed"_s));
    QVERIFY(!ReportSecretScrub::isSecretFieldName(u"password_updated_at"_s));
}

void TestSupportReport::foldsRequestsWithTheirAnswers()
{
    const QList<Journal::Entry> entries{
        entry(u"key-delete-sent"_s, {{u"id"_s, u"k1"_s}}, 0),
        entry(u"key-delete-sent"_s, {{u"id"_s, u"k2"_s}}, 1),
        entry(u"key-deleted"_s, {{u"id"_s, u"k1"_s}}, 2),
        entry(u"smtp-update-sent"_s, smtpRow(u"a@mg.example.com"_s), 3),
        entry(u"smtp-update-failed"_s, with(smtpRow(u"a@mg.example.com"_s), u"error"_s, u"forbidden"_s), 4),
    };
    const SupportReport report = SupportReport::build(entries, {});
    QCOMPARE(report.actions.size(), 3);
    // k2 was sent and never answered: it stays, marked as such.
    QCOMPARE(report.actions.at(0).type, u"key-delete-sent"_s);
    QCOMPARE(report.actions.at(0).result, ReportAction::Result::NoAnswer);
    QVERIFY(report.actions.at(0).text.contains(u"k2"_s));
    QCOMPARE(report.actions.at(1).type, u"key-deleted"_s);
    QCOMPARE(report.actions.at(1).result, ReportAction::Result::Done);
    QCOMPARE(report.actions.at(1).time, entries.at(2).time);
    QCOMPARE(report.actions.at(2).result, ReportAction::Result::Failed);
    QVERIFY(report.actions.at(2).resultText.contains(u"forbidden"_s));
}

void TestSupportReport::listsWhatIsStillOpen()
{
    Journal journal{QString()};
    appendPlantedEntries(journal);
    journal.append(u"key-rotation-started"_s,
                   {{u"practice"_s, false}, {u"delete"_s, QJsonArray{u"k9"_s}}, {u"role"_s, u"admin"_s}});
    const SupportReport report = SupportReport::build(journal.entries(), {});
    const QString open = report.stillOpen.join(u'\n');
    QVERIFY2(open.contains(u"eeee5555-ffff6666"_s), qPrintable(open));          // key delete failed
    QVERIFY2(open.contains(u"app@mg.example.com"_s), qPrintable(open));         // SMTP update failed
    QVERIFY2(open.contains(u"old@mg.example.eu"_s), qPrintable(open));          // SMTP delete failed
    QVERIFY2(!open.contains(u"postmaster@mg.example.com"_s), qPrintable(open)); // that one worked
    QVERIFY2(open.contains(u"bob@example.com"_s), qPrintable(open));            // no new password, no 2FA
    QVERIFY2(!open.contains(u"ada@example.com"_s), qPrintable(open));
    QVERIFY2(open.contains(u"step 2"_s), qPrintable(open)); // rotation not finished
    QCOMPARE(report.ownerEmail, u"ada@example.com"_s);
    QVERIFY(report.hostingProviderContacted);
    QVERIFY(!report.repositoriesChecked);
    QCOMPARE(report.steps.size(), 6);
    QCOMPARE(report.steps.at(0).confirmedItems, 1); // one ticked, one ticked and taken back
    QVERIFY(!report.steps.at(0).isDone());

    // A failure that a later try fixed is no longer open.
    journal.append(u"key-deleted"_s, {{u"practice"_s, false}, {u"id"_s, u"eeee5555-ffff6666"_s}});
    journal.append(u"smtp-password-set"_s, smtpRow(u"app@mg.example.com"_s));
    const QString later = SupportReport::build(journal.entries(), {}).stillOpen.join(u'\n');
    QVERIFY2(!later.contains(u"eeee5555-ffff6666"_s), qPrintable(later));
    QVERIFY2(!later.contains(u"app@mg.example.com"_s), qPrintable(later));
}

void TestSupportReport::unknownTypesKeepTheirFieldsButNoSecret()
{
    const QList<Journal::Entry> entries{
        entry(u"signing-key-rotated"_s, {{u"domain"_s, u"mg.example.com"_s},
                                         {u"note"_s, QString(u"see "_s + plantedLegacyKey)},
                                         {u"smtp_password"_s, plantedPassword}})};
    const SupportReport report = SupportReport::build(entries, {});
    QCOMPARE(report.actions.size(), 1);
    const QString text = report.actions.first().text;
    QVERIFY2(text.contains(u"signing-key-rotated"_s), qPrintable(text));
    QVERIFY2(text.contains(u"mg.example.com"_s), qPrintable(text));
    QVERIFY2(text.contains(Secret::mask(plantedLegacyKey)), qPrintable(text));
    QVERIFY2(!text.contains(plantedLegacyKey), qPrintable(text));
    QVERIFY2(!text.contains(plantedPassword), qPrintable(text));
    QVERIFY2(text.contains(u"smtp_password"_s), qPrintable(text)); // the field is named, its value hidden
}

void TestSupportReport::findingsTakeTheScannersFieldNames()
{
    const QList<Journal::Entry> entries{entry(u"finding"_s, {{u"source"_s, u"scan"_s},
                                                             {u"kind"_s, u"api-key"_s},
                                                             {u"title"_s, u"Mailgun API key"_s},
                                                             {u"severity"_s, u"low"_s},
                                                             {u"path"_s, u"/srv/app/config.php"_s},
                                                             {u"line"_s, 7},
                                                             {u"masked"_s, u"0f1e…7a8b"_s}}),
                                        entry(u"finding"_s, {{u"source"_s, u"account"_s},
                                                             {u"kind"_s, u"route-forwarding"_s},
                                                             {u"severity"_s, u"critical"_s}})};
    const SupportReport report = SupportReport::build(entries, {});
    QCOMPARE(report.findings.size(), 2);
    QCOMPARE(report.findings.at(0).severity, u"critical"_s); // the worst first
    QCOMPARE(report.findings.at(0).kind, u"route-forwarding"_s);
    QCOMPARE(report.findings.at(1).kind, u"Mailgun API key"_s);
    QCOMPARE(report.findings.at(1).location, u"/srv/app/config.php"_s);
    QCOMPARE(report.highFindingCount(), 1);
    QVERIFY(MarkdownReportWriter::write(report).contains(u"/srv/app/config.php, line 7"_s));
}

QTEST_MAIN(TestSupportReport)
#include "tst_supportreport.moc"
