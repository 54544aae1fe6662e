// Step 6's page: the report preview follows the journal, and each button does what it says:
// save as PDF, HTML and Markdown, copy (Markdown and HTML), open Mailgun's support page.
#include "ReportPage.h"
#include "ReportPanel.h"
#include "WizardHarness.h"
#include "WizardPageId.h"
#include "report/SupportReport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

// Catches the URLs the page asks the desktop to open, so no browser starts.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};

class TestReportPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void previewFollowsTheJournal();
    void savesEveryFormat();
    void saveProblemIsShown();
    void copiesMarkdownAndHtml();
    void opensTheSupportPage();

private:
    QPushButton* button(const QString& name) const { return m_h->find<QPushButton>(name); }
    QString previewText() const { return m_h->find<QTextBrowser>(u"reportPreview"_s)->toPlainText(); }
    QString status() const { return m_h->find<QLabel>(u"reportStatusLabel"_s)->text(); }

    std::unique_ptr<WizardHarness> m_h;
    QTemporaryDir m_dir;
};

void TestReportPage::init()
{
    m_h = std::make_unique<WizardHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
    // Without the API, as for a disabled account: the report needs only the journal.
    m_h->clickNext();
    m_h->toggle(m_h->find<QCheckBox>(u"connectWithoutApiCheck"_s));
    m_h->clickNext();
    while (m_h->currentId() != int(pageIdForStep(RecoveryStep::ReportToSupport)))
        m_h->clickNext();
    QVERIFY(m_h->find<QTextBrowser>(u"reportPreview"_s)->isVisible());
}

void TestReportPage::cleanup()
{
    m_h.reset();
}

void TestReportPage::previewFollowsTheJournal()
{
    QVERIFY(previewText().contains(u"Mailgun account recovery report"_s));
    QVERIFY(!previewText().contains(u"abcd0001-abcd0002"_s));
    m_h->session->journal()->append(u"key-deleted"_s,
                                    {{u"practice"_s, false}, {u"id"_s, u"abcd0001-abcd0002"_s}});
    QTRY_VERIFY(previewText().contains(u"abcd0001-abcd0002"_s));
    // A tick in the checklist below is an action too.
    auto* page = qobject_cast<ReportPage*>(m_h->wizard->currentPage());
    QVERIFY(page);
    m_h->session->setItemConfirmed(RecoveryStep::ReportToSupport, u"report-hosting-contacted"_s, true);
    QTRY_VERIFY(page->reportPanel()->report().hostingProviderContacted);
    QVERIFY(previewText().contains(u"Done, confirmed by the admin"_s));

    const QString dir = qEnvironmentVariable("MRA_BUILD_DIR", QDir::currentPath()) + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(dir));
    settleLayouts();
    QVERIFY(m_h->wizard->grab().save(dir + u"/report-page.png"_s));
}

void TestReportPage::savesEveryFormat()
{
    m_h->session->journal()->append(u"key-deleted"_s,
                                    {{u"practice"_s, false}, {u"id"_s, u"abcd0001-abcd0002"_s}});
    const QList<std::pair<QString, QString>> formats{
        {u"reportSavePdfButton"_s, u"report.pdf"_s},
        {u"reportSaveHtmlButton"_s, u"report.html"_s},
        {u"reportSaveMarkdownButton"_s, u"report"_s}, // no suffix: the format's is added
    };
    for (const auto& [buttonName, fileName] : formats) {
        ReportPanel::setNextSavePath(m_dir.filePath(fileName));
        m_h->click(button(buttonName));
        QVERIFY2(status().contains(u"saved"_s), qPrintable(status()));
    }
    QFile pdf(m_dir.filePath(u"report.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QFile html(m_dir.filePath(u"report.html"_s));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray htmlText = html.readAll();
    QVERIFY(htmlText.startsWith("<!DOCTYPE html>"));
    QVERIFY(htmlText.contains("abcd0001-abcd0002"));
    QFile markdown(m_dir.filePath(u"report.md"_s));
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    QVERIFY(markdown.readAll().contains("abcd0001-abcd0002"));
}

void TestReportPage::saveProblemIsShown()
{
    ReportPanel::setNextSavePath(m_dir.filePath(u"missing-folder/report.md"_s));
    m_h->click(button(u"reportSaveMarkdownButton"_s));
    QVERIFY2(status().startsWith(u"Problem"_s), qPrintable(status()));
    QVERIFY(!QFile::exists(m_dir.filePath(u"missing-folder/report.md"_s)));
}

void TestReportPage::copiesMarkdownAndHtml()
{
    m_h->session->journal()->append(u"key-deleted"_s,
                                    {{u"practice"_s, false}, {u"id"_s, u"abcd0001-abcd0002"_s}});
    m_h->click(button(u"reportCopyButton"_s));
    const QMimeData* data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    QVERIFY(data->hasHtml());
    QVERIFY(data->html().contains(u"abcd0001-abcd0002"_s));
    QVERIFY(data->hasFormat(u"text/markdown"_s));
    QVERIFY(data->data(u"text/markdown"_s).startsWith("# "));
    QVERIFY(data->text().contains(u"abcd0001-abcd0002"_s));
    QVERIFY2(status().contains(u"copied"_s), qPrintable(status()));
}

void TestReportPage::opensTheSupportPage()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
    m_h->click(button(u"reportOpenSupportButton"_s));
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QCOMPARE(catcher.urls, QList<QUrl>{QUrl(u"https://app.mailgun.com/support"_s)});
    QVERIFY2(status().contains(u"support page"_s), qPrintable(status()));
}

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"
