// Step 6's report leaves the program: a journal with every entry type (the key part made by
// the real KeyRotationController against the practice server) becomes Markdown, HTML and PDF;
// each lists every action, holds none of the secrets the test made or planted, escapes what
// the journal says, and the PDF's first page really shows something. The `report` command
// writes each format. Building the report itself is tested in tst_supportreport.cpp.
#include "MissingKeychain.h"
#include "SessionPractice.h"
#include "SupportReportFixture.h"
#include "cli/CommandLineApp.h"
#include "cli/ReportCommand.h"
#include "identity/ApplicationIdentity.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"
#include "recovery/Journal.h"
#include "recovery/KeyRotationController.h"
#include "report/HtmlReportWriter.h"
#include "report/MarkdownReportWriter.h"
#include "report/ReportExport.h"
#include "report/ReportWording.h"
#include "report/SupportReport.h"
#include "secrets/Secret.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace SupportReportFixture;

namespace {

enum class TextFormat
{
    Markdown,
    Html
};

// What a reader sees: the document as Qt's Markdown (md4c) or HTML reader shows it, a parser
// the report writers do not use.
QString shownText(const QString& source, TextFormat format)
{
    QTextDocument document;
    if (format == TextFormat::Markdown)
        document.setMarkdown(source);
    else
        document.setHtml(source);
    return document.toPlainText();
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyActionAndNoSecretInEveryFormat();
    void journalTextIsEscaped();
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

void TestReportExport::initTestCase()
{
    ApplicationIdentity::apply();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QFile::remove(Journal::defaultPath());
}

void TestReportExport::rotateKeyForReal(Journal& journal, QStringList* secrets)
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

void TestReportExport::everyActionAndNoSecretInEveryFormat()
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

    // Every entry is an action, except findings (their own section) and requests folded into
    // the answer that followed them ("key-create-sent" and "smtp-delete-sent" stay: nothing
    // answered them). The rotation deletes the practice account's six old keys, then tries the
    // one it used once more ("key-retested").
    const QStringList expectedTypes{u"key-rotation-started"_s,
                                    u"key-created"_s,
                                    u"key-store-failed"_s,
                                    u"key-verified"_s,
                                    u"key-saved-by-hand"_s,
                                    u"key-deleted"_s,
                                    u"key-deleted"_s,
                                    u"key-deleted"_s,
                                    u"key-deleted"_s,
                                    u"key-deleted"_s,
                                    u"key-deleted"_s,
                                    u"key-rotation-finished"_s,
                                    u"key-retested"_s,
                                    u"incident-start"_s,
                                    u"item-confirmed"_s,
                                    u"item-confirmed"_s,
                                    u"item-confirmed"_s,
                                    u"key-stored"_s,
                                    u"key-orphan-deleted"_s,
                                    u"key-create-sent"_s,
                                    u"key-delete-failed"_s,
                                    u"users-checked"_s,
                                    u"user-reset-link-opened"_s,
                                    u"smtp-reset-started"_s,
                                    u"smtp-password-stored"_s,
                                    u"smtp-password-set"_s,
                                    u"smtp-password-not-stored"_s,
                                    u"smtp-update-failed"_s,
                                    u"smtp-deleted"_s,
                                    u"smtp-delete-failed"_s,
                                    u"smtp-delete-sent"_s,
                                    u"smtp-reset-finished"_s,
                                    u"signing-key-rotated"_s};
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
    const QString mdShown = collapsed(shownText(md, TextFormat::Markdown));
    const QString htmlShown = collapsed(shownText(html, TextFormat::Html));
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
        // Qt's own Markdown and HTML readers are the oracle: what they show is the journal's text.
        QVERIFY2(mdShown.contains(collapsed(action.text)), qPrintable(action.text));
        QVERIFY2(md.contains(action.time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s)),
                 qPrintable(action.type));
        QVERIFY2(htmlShown.contains(collapsed(action.text)), qPrintable(action.text));
        QVERIFY2(htmlShown.contains(collapsed(action.resultText)), qPrintable(action.resultText));
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

void TestReportExport::journalTextIsEscaped()
{
    const QString hostile =
        u"<script>alert(1)</script> | [click](http://evil.example) <img src=x> **bold** _em_ `code` ~~s~~"_s;
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
    // A "|" from the journal cannot open a new table cell: each row has as many unescaped "|"
    // as its table's header row.
    const auto cellBorders = [](const QString& line) {
        int borders = 0;
        for (qsizetype i = 0; i < line.size(); ++i)
            borders += line.at(i) == u'|' && (i == 0 || line.at(i - 1) != u'\\') ? 1 : 0;
        return borders;
    };
    int hostileRows = 0;
    int headerBorders = -1;
    QString previous;
    for (const QString& line : md.split(u'\n')) {
        if (line.startsWith(u"|-"_s) || line.startsWith(u"| -"_s) || line.startsWith(u"|:"_s))
            headerBorders = cellBorders(previous);
        previous = line;
        if (!line.contains(u"alert(1)"_s) || !line.startsWith(u'|'))
            continue;
        ++hostileRows;
        QVERIFY2(headerBorders > 1, qPrintable(u"a table row without a header row: "_s + line));
        QVERIFY2(cellBorders(line) == headerBorders, qPrintable(line));
    }
    QVERIFY2(hostileRows > 0, "no table row holds the hostile text: the check above never ran");
    // Read back by Qt's Markdown and HTML readers, the journal's text comes out character for
    // character: no emphasis, code, link or markup was made of it.
    const QString mdShown = collapsed(shownText(md, TextFormat::Markdown));
    QVERIFY2(mdShown.contains(collapsed(hostile)), qPrintable(mdShown));
    const QString htmlShown = collapsed(shownText(html, TextFormat::Html));
    QVERIFY2(htmlShown.contains(collapsed(hostile)), qPrintable(htmlShown));
}

void TestReportExport::emptyJournalStillMakesAReport()
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

int TestReportExport::runCommand(const QStringList& arguments)
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

void TestReportExport::commandWritesEveryFormat()
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

void TestReportExport::commandPrintsMarkdownOnStdout()
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

void TestReportExport::commandRefusesBadUsage()
{
    QCOMPARE(runCommand({u"--format"_s, u"pdf"_s}), int(ExitUsage)); // a PDF needs -o
    QCOMPARE(runCommand({u"--format"_s, u"docx"_s}), int(ExitUsage));
}

void TestReportExport::commandReportsAFileItCannotWrite()
{
    const QString path = m_dir.filePath(u"no-such-folder/report.md"_s);
    QCOMPARE(runCommand({u"-o"_s, path}), int(ExitFailed));
    QVERIFY(!QFile::exists(path));
    QString error;
    QVERIFY(!ReportExport::save(SupportReport::build({}, {}), ReportExport::Format::Pdf, path, &error));
    QVERIFY(error.contains(u"report.md"_s));
}

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
