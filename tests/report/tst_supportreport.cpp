// Step 6: the report for Mailgun support. A journal with every entry type (the key part
// made by the real KeyRotationController against the practice server) becomes Markdown,
// HTML and PDF; each lists every action, holds none of the secrets the test made or planted,
// and the PDF's first page really shows something. The `report` command writes each format.
#include "identity/ApplicationIdentity.h"
#include "SessionPractice.h"
#include "MissingKeychain.h"
#include "cli/CommandLineApp.h"
#include "cli/ReportCommand.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "recovery/Journal.h"
#include "recovery/KeyRotationController.h"
#include "report/HtmlReportWriter.h"
#include "report/MarkdownReportWriter.h"
#include "report/ReportActionText.h"
#include "report/ReportExport.h"
#include "report/ReportSecretScrub.h"
#include "report/ReportWording.h"
#include "report/SupportReport.h"
#include "secrets/Secret.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Look-alikes of every Mailgun key shape, planted where free text goes.
const QString plantedCurrentKey = u"0f1e2d3c4b5a69788796a5b4c3d2e1f0-1a2b3c4d-5e6f7a8b"_s;
const QString plantedLegacyKey = u"key-3ax6xnjp29jd6fds4gc373sgvjxteol0"_s;
const QString plantedPublicKey = u"pubkey-5ogiflzbnjrljiky49qxsiozqef5jxp7"_s;
// A password in a field whose name says it is one: never shown, whatever its shape.
const QString plantedPassword = u"Hunter2-planted-smtp-password"_s;

// Without white space and with ligatures ("ﬁ") split again, as text read back from a PDF.
QString collapsed(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression space(u"\\s+"_s);
    return text.replace(space, QString());
}

// PDF text comes out in drawing order: the lines of one table cell can have other cells, a
// page number or a repeated table header between them. So the sentence must appear with its
// start in one piece and every further character in order, never further than a few lines
// of other text from the one before.
bool appearsInOrder(const QString& text, const QString& sentence)
{
    constexpr qsizetype maxGap = 90;
    const QString start = sentence.left(10);
    for (qsizetype from = text.indexOf(start); from >= 0; from = text.indexOf(start, from + 1)) {
        qsizetype at = from + start.size();
        qsizetype matched = start.size();
        for (; matched < sentence.size(); ++matched) {
            const qsizetype found = text.indexOf(sentence.at(matched), at);
            if (found < 0 || found - at > maxGap)
                break;
            at = found + 1;
        }
        if (matched == sentence.size())
            return true;
    }
    return false;
}

QString pdfText(const QString& path)
{
    QProcess process;
    // -raw: in drawing order, so a table cell's lines stay together and a hyphen at the end of
    // a line is kept ("abcd0001-abcd0002" is not a hyphenated word).
    process.start(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The share of pixels on the first page that are not (nearly) white.
double inkOnFirstPage(const QString& pdfPath, const QString& pngPrefix)
{
    QProcess process;
    process.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"50"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s,
                                  u"-singlefile"_s, pdfPath, pngPrefix});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return -1;
    QImage image(pngPrefix + u".png"_s);
    if (image.isNull())
        return -1;
    image = image.convertToFormat(QImage::Format_RGB32);
    qint64 inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            inked += qGray(line[x]) < 200 ? 1 : 0;
    }
    return double(inked) / (double(image.width()) * image.height());
}

Journal::Entry entry(const QString& type, QJsonObject data, int secondsAfter = 0)
{
    return {QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()).addSecs(secondsAfter), type, data};
}

QJsonObject smtpRow(const QString& login, const QString& domain = u"mg.example.com"_s,
                    const QString& region = u"us"_s)
{
    return {{u"practice"_s, false}, {u"region"_s, region}, {u"domain"_s, domain}, {u"login"_s, login}};
}

QJsonObject with(QJsonObject object, const QString& name, const QJsonValue& value)
{
    object.insert(name, value);
    return object;
}

// Every entry type other than step 2's, which the real controller writes.
void appendPlantedEntries(Journal& journal)
{
    const auto add = [&journal](const QString& type, const QJsonObject& data) {
        QVERIFY(journal.append(type, data));
    };
    add(u"incident-start"_s, {{u"start"_s, u"2026-11-20T08:00:00Z"_s}});
    add(u"finding"_s, {{u"practice"_s, false},
                       {u"source"_s, u"scan"_s},
                       {u"kind"_s, u"Private API key in a settings file"_s},
                       {u"severity"_s, u"high"_s},
                       {u"location"_s, u"/var/www/shop/.env"_s},
                       {u"line"_s, 12},
                       {u"masked"_s, plantedCurrentKey}, // as if the scanner forgot to mask it
                       {u"advice"_s, QString(u"Move the key out of the web root: "_s + plantedLegacyKey)}});
    add(u"finding"_s, {{u"practice"_s, false},
                       {u"source"_s, u"probe"_s},
                       {u"kind"_s, u"phpinfo page is public"_s},
                       {u"severity"_s, u"medium"_s},
                       {u"location"_s, u"https://shop.example.com/info.php"_s},
                       {u"masked"_s, u"—"_s},
                       {u"advice"_s, u"Delete the page."_s}});
    add(u"item-confirmed"_s, {{u"step"_s, u"investigate"_s},
                              {u"item"_s, u"investigate-website-files"_s},
                              {u"confirmed"_s, true},
                              {u"practice"_s, false}});
    add(u"item-confirmed"_s, {{u"step"_s, u"report"_s},
                              {u"item"_s, u"report-hosting-contacted"_s},
                              {u"confirmed"_s, true},
                              {u"practice"_s, false}});
    add(u"item-confirmed"_s, {{u"step"_s, u"investigate"_s},
                              {u"item"_s, u"investigate-plugins"_s},
                              {u"confirmed"_s, false},
                              {u"practice"_s, false}});
    add(u"key-stored"_s, {{u"practice"_s, false}, {u"id"_s, u"aaaa1111-bbbb2222"_s}});
    add(u"key-orphan-deleted"_s, {{u"practice"_s, false}, {u"id"_s, u"cccc3333-dddd4444"_s}});
    add(u"key-create-sent"_s, {{u"practice"_s, false}, {u"marker"_s, u"mra-0badc0ffee00"_s}});
    add(u"key-delete-sent"_s, {{u"practice"_s, false}, {u"id"_s, u"eeee5555-ffff6666"_s}});
    add(u"key-delete-failed"_s, {{u"practice"_s, false},
                                 {u"id"_s, u"eeee5555-ffff6666"_s},
                                 {u"error"_s, QString(u"forbidden "_s + plantedPublicKey)}});
    add(u"users-checked"_s,
        {{u"practice"_s, false},
         {u"incident_start"_s, u"2026-11-20T08:00:00Z"_s},
         {u"users"_s, QJsonArray{QJsonObject{{u"id"_s, u"u1"_s},
                                             {u"name"_s, u"Ada Owner"_s},
                                             {u"email"_s, u"ada@example.com"_s},
                                             {u"role"_s, u"admin"_s},
                                             {u"owner"_s, true},
                                             {u"password_updated_at"_s, u"2026-11-21T10:00:00Z"_s},
                                             {u"password_changed"_s, true},
                                             {u"tfa_active"_s, true}},
                                 QJsonObject{{u"id"_s, u"u2"_s},
                                             {u"name"_s, u"Bob Helper"_s},
                                             {u"email"_s, u"bob@example.com"_s},
                                             {u"role"_s, u"developer"_s},
                                             {u"owner"_s, false},
                                             {u"password_updated_at"_s, u"2025-01-02T03:04:05.678Z"_s},
                                             {u"password_changed"_s, false},
                                             {u"tfa_active"_s, false}}}}});
    add(u"user-reset-link-opened"_s,
        {{u"practice"_s, false}, {u"user_id"_s, u"u2"_s}, {u"email"_s, u"bob@example.com"_s}});
    QJsonArray rows;
    for (const QString& login :
         {u"postmaster@mg.example.com"_s, u"app@mg.example.com"_s, u"spam@mg.example.com"_s})
        rows.append(with(smtpRow(login), u"action"_s, u"new-password"_s));
    add(u"smtp-reset-started"_s, {{u"practice"_s, false}, {u"rows"_s, rows}});
    add(u"smtp-password-stored"_s, smtpRow(u"postmaster@mg.example.com"_s));
    add(u"smtp-update-sent"_s, smtpRow(u"postmaster@mg.example.com"_s));
    add(u"smtp-password-set"_s, smtpRow(u"postmaster@mg.example.com"_s));
    add(u"smtp-password-not-stored"_s, smtpRow(u"app@mg.example.com"_s));
    add(u"smtp-update-sent"_s, smtpRow(u"app@mg.example.com"_s));
    add(u"smtp-update-failed"_s, with(smtpRow(u"app@mg.example.com"_s), u"error"_s, u"timeout"_s));
    add(u"smtp-delete-sent"_s, smtpRow(u"spam@mg.example.com"_s));
    add(u"smtp-deleted"_s, smtpRow(u"spam@mg.example.com"_s));
    add(u"smtp-delete-sent"_s, smtpRow(u"old@mg.example.eu"_s, u"mg.example.eu"_s, u"eu"_s));
    add(u"smtp-delete-failed"_s,
        with(smtpRow(u"old@mg.example.eu"_s, u"mg.example.eu"_s, u"eu"_s), u"error"_s, u"server-error"_s));
    add(u"smtp-delete-sent"_s, smtpRow(u"lost@mg.example.com"_s));
    add(u"smtp-reset-finished"_s,
        {{u"practice"_s, false}, {u"set"_s, 1}, {u"deleted"_s, 1}, {u"failed"_s, 2}});
    add(u"signing-key-rotated"_s, {{u"practice"_s, false},
                                   {u"domain"_s, u"mg.example.com"_s},
                                   {u"note"_s, QString(u"rotated "_s + plantedCurrentKey)},
                                   {u"secret"_s, plantedPassword}});
}

} // namespace

class TestSupportReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scrubMasksEveryKeyShape();
    void everyActionAndNoSecretInEveryFormat();
    void foldsRequestsWithTheirAnswers();
    void listsWhatIsStillOpen();
    void unknownTypesKeepTheirFieldsButNoSecret();
    void journalTextIsEscaped();
    void findingsTakeTheScannersFieldNames();
    void emptyJournalStillMakesAReport();
    void commandWritesEveryFormat();
    void commandPrintsMarkdownOnStdout();
    void commandRefusesBadUsage();
    void commandReportsAFileItCannotWrite();

private:
    void rotateKeyForReal(Journal& journal, QStringList* secrets);
    int runCommand(const QStringList& arguments);

    QTemporaryDir m_dir;
};

void TestSupportReport::initTestCase()
{
    ApplicationIdentity::apply();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
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

void TestSupportReport::rotateKeyForReal(Journal& journal, QStringList* secrets)
{
    PracticeServer server;
    QVERIFY(server.start());
    MailgunClient client(apiEndpointsOf(server));
    client.setApiKey(Secret(server.practiceKey()));
    // Every secret the practice account holds must stay out of the report, not only the key
    // in use: the other keys, the signing key and the public key.
    for (const PracticeKey& key : server.account().keys())
        secrets->append(key.secret);
    secrets->append(server.account().httpSigningKey());
    secrets->append(server.account().publicKey());
    MissingKeychain keychain; // no keychain: the admin saves the key by hand
    KeyRotationController controller(&client, &keychain, &journal);
    controller.load(PracticeAccount::keyIdFromSecret(server.practiceKey()),
                    QDateTime::currentDateTimeUtc().addDays(-14));
    QTRY_VERIFY_WITH_TIMEOUT(controller.phase() == KeyRotationController::Phase::Ready, 20000);
    QVERIFY(!controller.plan().selected.isEmpty());
    controller.start(controller.plan().selected);
    QTRY_VERIFY2_WITH_TIMEOUT(controller.phase() == KeyRotationController::Phase::AwaitingManualSave,
                              qPrintable(controller.failureMessage()), 20000);
    QVERIFY(!controller.newKey().isEmpty());
    secrets->append(controller.newKey().reveal());
    controller.confirmSavedByHand();
    QTRY_VERIFY2_WITH_TIMEOUT(controller.phase() == KeyRotationController::Phase::Finished,
                              qPrintable(controller.failureMessage()), 20000);
}

void TestSupportReport::everyActionAndNoSecretInEveryFormat()
{
    Journal journal{QString()};
    QStringList secrets;
    rotateKeyForReal(journal, &secrets);
    if (QTest::currentTestFailed())
        return;
    appendPlantedEntries(journal);
    if (QTest::currentTestFailed())
        return;
    secrets << plantedCurrentKey << plantedLegacyKey << plantedPublicKey << plantedPassword;

    const QDateTime incidentStart(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc());
    const SupportReport report = SupportReport::build(journal.entries(), incidentStart);

    // Every entry of the real account is an action, except findings (their own section) and
    // requests folded into the answer that followed them.
    QStringList expectedTypes;
    const QList<Journal::Entry>& entries = journal.entries();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Journal::Entry& e = entries.at(i);
        if (e.type == u"finding"_s)
            continue;
        const bool answered =
            ReportActionText::isRequestSent(e.type) &&
            std::any_of(entries.cbegin() + i + 1, entries.cend(),
                        [&](const Journal::Entry& later) { return ReportActionText::answeredBy(e, later); });
        if (!answered)
            expectedTypes.append(e.type);
    }
    QStringList actionTypes;
    for (const ReportAction& action : report.actions)
        actionTypes.append(action.type);
    QCOMPARE(actionTypes, expectedTypes);
    QCOMPARE(report.findings.size(), 2);
    QVERIFY(!actionTypes.contains(u"key-deleted"_s) || report.actions.size() > 0);

    const QString md = MarkdownReportWriter::write(report);
    const QString html = HtmlReportWriter::write(report);
    const QString pdfPath = m_dir.filePath(u"report.pdf"_s);
    QString error;
    QVERIFY2(ReportExport::save(report, ReportExport::Format::Pdf, pdfPath, &error), qPrintable(error));
    const QString pdf = pdfText(pdfPath);
    QVERIFY2(!pdf.isEmpty(), "pdftotext read nothing");
    const QString pdfCollapsed = collapsed(pdf);
    const double ink = inkOnFirstPage(pdfPath, m_dir.filePath(u"page1"_s));
    if (qEnvironmentVariableIsSet("MRA_REPORT_SAMPLES")) {
        // For people to look at: the full report of this test.
        const QString samples = qEnvironmentVariable("MRA_REPORT_SAMPLES");
        QFile::remove(samples + u"/sample.pdf"_s);
        QFile::copy(pdfPath, samples + u"/sample.pdf"_s);
        QFile::remove(samples + u"/sample-page1.png"_s);
        QFile::copy(m_dir.filePath(u"page1.png"_s), samples + u"/sample-page1.png"_s);
        for (const auto format : {ReportExport::Format::Markdown, ReportExport::Format::Html})
            QVERIFY(ReportExport::save(report, format,
                                       samples + u"/sample."_s + ReportExport::fileSuffix(format)));
    }

    for (const ReportAction& action : report.actions) {
        QVERIFY2(md.contains(MarkdownReportWriter::escape(action.text)), qPrintable(action.text));
        QVERIFY2(md.contains(ReportWording::tableTime(action.time)), qPrintable(action.type));
        QVERIFY2(html.contains(action.text.toHtmlEscaped()), qPrintable(action.text));
        QVERIFY2(html.contains(action.resultText.toHtmlEscaped()), qPrintable(action.resultText));
        QVERIFY2(appearsInOrder(pdfCollapsed, collapsed(action.text)),
                 qPrintable(u"PDF lacks: "_s + action.text));
    }

    for (const QString& secret : std::as_const(secrets)) {
        QVERIFY2(!secret.isEmpty(), "a secret of the test is empty");
        QVERIFY2(!md.contains(secret), qPrintable(u"Markdown holds "_s + Secret::mask(secret)));
        QVERIFY2(!html.contains(secret), qPrintable(u"HTML holds "_s + Secret::mask(secret)));
        QVERIFY2(!pdfCollapsed.contains(collapsed(secret)),
                 qPrintable(u"PDF holds "_s + Secret::mask(secret)));
    }
    // The planted keys are there, masked, so support still sees that something was found.
    QVERIFY(md.contains(Secret::mask(plantedCurrentKey)));
    QVERIFY(html.contains(Secret::mask(plantedLegacyKey).toHtmlEscaped()));

    QVERIFY2(ink > 0.01, qPrintable(u"first page ink: %1"_s.arg(ink)));
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

void TestSupportReport::journalTextIsEscaped()
{
    const QString hostile = u"<script>alert(1)</script> | [click](http://evil.example) <img src=x>"_s;
    const QList<Journal::Entry> entries{
        entry(u"finding"_s, {{u"source"_s, u"probe"_s},
                             {u"kind"_s, hostile},
                             {u"severity"_s, u"high"_s},
                             {u"location"_s, hostile},
                             {u"masked"_s, hostile},
                             {u"advice"_s, hostile}}),
        entry(u"user-reset-link-opened"_s, {{u"user_id"_s, u"x"_s}, {u"email"_s, hostile}}),
    };
    const SupportReport report = SupportReport::build(entries, {});
    const QString html = HtmlReportWriter::write(report);
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(html.contains(u"&lt;script&gt;"_s));
    const QString md = MarkdownReportWriter::write(report);
    QVERIFY(!md.contains(u"<script"_s));
    QVERIFY(!md.contains(u"[click](http"_s));
    // A "|" from the journal cannot open a new table cell.
    for (const QString& line : md.split(u'\n')) {
        if (line.contains(u"alert(1)"_s) && line.startsWith(u'|'))
            QVERIFY2(!line.contains(u" | [click]"_s), qPrintable(line));
    }
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

void TestSupportReport::emptyJournalStillMakesAReport()
{
    SupportReport report = SupportReport::build({}, QDateTime::currentDateTimeUtc().addDays(-14));
    report.practice = true;
    QVERIFY(report.actions.isEmpty());
    QCOMPARE(report.doneStepCount(), 0);
    QVERIFY(!report.stillOpen.isEmpty());
    const QString md = MarkdownReportWriter::write(report);
    QVERIFY(md.contains(u"PRACTICE"_s));
    QString error;
    QVERIFY2(ReportExport::save(report, ReportExport::Format::Pdf, m_dir.filePath(u"empty.pdf"_s), &error),
             qPrintable(error));
    QVERIFY(QFile(m_dir.filePath(u"empty.pdf"_s)).size() > 1000);
}

int TestSupportReport::runCommand(const QStringList& arguments)
{
    // The options as the command line gives them; parsed by hand because the dispatcher, not
    // this suite, decides which commands the parser accepts.
    CommandLineOptions options;
    options.command = u"report"_s;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--practice"_s)
            options.practice = true;
        else if (argument == u"--json"_s)
            options.json = true;
        else if (argument == u"--format"_s && i + 1 < arguments.size())
            options.format = arguments.at(++i);
        else if (argument == u"-o"_s && i + 1 < arguments.size())
            options.outputPath = arguments.at(++i);
        else
            return -2;
    }
    ReportCommand command(options);
    QSignalSpy finished(&command, &ReportCommand::finished);
    command.start();
    if (!finished.wait(30000))
        return -1;
    return finished.first().first().toInt();
}

void TestSupportReport::commandWritesEveryFormat()
{
    // This computer's journal for the real account, as the wizard leaves it.
    {
        Journal journal(Journal::defaultPath());
        QVERIFY(journal.load());
        QVERIFY(
            journal.append(u"key-deleted"_s, {{u"practice"_s, false}, {u"id"_s, u"abcd0001-abcd0002"_s}}));
        QVERIFY(journal.append(u"smtp-password-set"_s, smtpRow(u"postmaster@mg.example.com"_s)));
    }
    for (const QString& format : {u"md"_s, u"html"_s, u"pdf"_s}) {
        const QString path = m_dir.filePath(u"cli."_s + format);
        QCOMPARE(runCommand({u"--format"_s, format, u"-o"_s, path}), int(ExitDone));
        const QString content = format == u"pdf"_s ? pdfText(path) : [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        }();
        if (qEnvironmentVariableIsSet("MRA_REPORT_SAMPLES")) {
            QFile::remove(qEnvironmentVariable("MRA_REPORT_SAMPLES") + u"/cli."_s + format);
            QFile::copy(path, qEnvironmentVariable("MRA_REPORT_SAMPLES") + u"/cli."_s + format);
        }
        QVERIFY2(collapsed(content).contains(u"abcd0001-abcd0002"_s), qPrintable(format));
        QVERIFY2(collapsed(content).contains(u"postmaster@mg.example.com"_s), qPrintable(format));
    }
    // --practice reads the practice account's journal, which starts empty.
    const QString practicePath = m_dir.filePath(u"practice.md"_s);
    QCOMPARE(runCommand({u"--practice"_s, u"-o"_s, practicePath}), int(ExitDone));
    QFile practice(practicePath);
    QVERIFY(practice.open(QIODevice::ReadOnly));
    const QString practiceText = QString::fromUtf8(practice.readAll());
    QVERIFY(practiceText.contains(u"PRACTICE"_s));
    QVERIFY(!practiceText.contains(u"abcd0001-abcd0002"_s));
    QFile::remove(Journal::defaultPath());
}

void TestSupportReport::commandPrintsMarkdownOnStdout()
{
#ifdef Q_OS_UNIX
    // Without -o the report goes to stdout: catch this process's stdout in a file.
    const QString path = m_dir.filePath(u"stdout.txt"_s);
    std::fflush(stdout);
    const int saved = ::dup(STDOUT_FILENO);
    const int file = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QVERIFY(saved >= 0 && file >= 0);
    ::dup2(file, STDOUT_FILENO);
    ::close(file);
    const int exitCode = runCommand({u"--practice"_s, u"--format"_s, u"html"_s});
    std::fflush(stdout);
    ::dup2(saved, STDOUT_FILENO);
    ::close(saved);
    QCOMPARE(exitCode, int(ExitDone));
    QFile output(path);
    QVERIFY(output.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(output.readAll());
    QVERIFY2(html.startsWith(u"<!DOCTYPE html>"_s), qPrintable(html.left(200)));
    QVERIFY(html.contains(u"PRACTICE"_s));
#else
    QSKIP("stdout is caught with POSIX file descriptors");
#endif
}

void TestSupportReport::commandRefusesBadUsage()
{
    QCOMPARE(runCommand({u"--format"_s, u"pdf"_s}), int(ExitUsage)); // a PDF needs -o
    QCOMPARE(runCommand({u"--format"_s, u"docx"_s}), int(ExitUsage));
}

void TestSupportReport::commandReportsAFileItCannotWrite()
{
    const QString path = m_dir.filePath(u"no-such-folder/report.md"_s);
    QCOMPARE(runCommand({u"-o"_s, path}), int(ExitFailed));
    QVERIFY(!QFile::exists(path));
    QString error;
    QVERIFY(
        !ReportExport::save(SupportReport::build({}, {}), ReportExport::Format::Pdf, path, &error));
    QVERIFY(error.contains(u"report.md"_s));
}

QTEST_MAIN(TestSupportReport)
#include "tst_supportreport.moc"
