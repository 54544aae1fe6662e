#include "ReportPanel.h"

#include "NamedButton.h"
#include "StatusAnnouncer.h"
#include "recovery/Journal.h"
#include "recovery/RecoverySession.h"
#include "report/HtmlReportWriter.h"
#include "report/MarkdownReportWriter.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPalette>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReportPanel::ReportPanel(RecoverySession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"reportPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* heading = new QLabel(tr("<b>Your report for Mailgun support</b>"), this);
    heading->setTextFormat(Qt::RichText);
    layout->addWidget(heading);

    auto* intro = new QLabel(this);
    intro->setObjectName(u"reportIntroLabel"_s);
    intro->setWordWrap(true);
    intro->setText(
        tr("The program wrote this report from what it recorded on this computer. It holds no key and no "
           "password. Save it as a PDF or copy it, open Mailgun support, start a new ticket and attach "
           "or paste it."));
    layout->addWidget(intro);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(u"reportPreview"_s);
    m_preview->setAccessibleName(tr("Preview of the report for Mailgun support"));
    m_preview->setOpenLinks(false);
    m_preview->setMinimumHeight(170);
    // The preview shows the report as it will be printed: dark ink on white paper, whatever
    // the desktop's colours (the report's own colours assume white).
    QPalette paper = m_preview->palette();
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, QColor(0x1d, 0x23, 0x30));
    m_preview->setPalette(paper);
    layout->addWidget(m_preview, 1);

    layout->addLayout(makeButtonRow(
        {{u"reportSavePdfButton"_s, tr("Save as PDF…"), tr("Save the report as a PDF file")},
         {u"reportSaveHtmlButton"_s, tr("Save as HTML…"), tr("Save the report as a web page file")},
         {u"reportSaveMarkdownButton"_s, tr("Save as Markdown…"),
          tr("Save the report as a Markdown text file")}}));
    // A row of its own: five buttons do not fit one row in every language.
    layout->addLayout(
        makeButtonRow({{u"reportCopyButton"_s, tr("Copy report"), tr("Copy the report to the clipboard")},
                       {u"reportOpenSupportButton"_s, tr("Open Mailgun support"),
                        tr("Open Mailgun's support page in the web browser")}}));

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"reportStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->hide();
    StatusAnnouncer::follow(m_statusLabel);
    layout->addWidget(m_statusLabel);

    connect(findChild<QPushButton*>(u"reportSavePdfButton"_s), &QPushButton::clicked, this,
            [this] { save(ReportExport::Format::Pdf); });
    connect(findChild<QPushButton*>(u"reportSaveHtmlButton"_s), &QPushButton::clicked, this,
            [this] { save(ReportExport::Format::Html); });
    connect(findChild<QPushButton*>(u"reportSaveMarkdownButton"_s), &QPushButton::clicked, this,
            [this] { save(ReportExport::Format::Markdown); });
    connect(findChild<QPushButton*>(u"reportCopyButton"_s), &QPushButton::clicked, this,
            &ReportPanel::copyToClipboard);
    connect(findChild<QPushButton*>(u"reportOpenSupportButton"_s), &QPushButton::clicked, this,
            &ReportPanel::openSupportPage);

    // Every journal entry may change the report: a key deleted, a user checked, a box ticked.
    // One tick sends several signals (appended, stepStateChanged): build the report once.
    connect(m_session->journal(), &Journal::appended, this, &ReportPanel::scheduleRegeneration);
    connect(m_session, &RecoverySession::stepStateChanged, this, &ReportPanel::scheduleRegeneration);
    connect(m_session, &RecoverySession::modeChanged, this, &ReportPanel::scheduleRegeneration);
    connect(m_session, &RecoverySession::connectionChanged, this, &ReportPanel::scheduleRegeneration);
    regenerate();
}

QHBoxLayout* ReportPanel::makeButtonRow(std::initializer_list<NamedButton> buttons)
{
    auto* row = new QHBoxLayout;
    for (const NamedButton& named : buttons) {
        row->addWidget(makeNamedButton(named.text, named.objectName, named.accessibleName, this));
    }
    row->addStretch(1);
    return row;
}

void ReportPanel::scheduleRegeneration()
{
    if (m_regenerationPending)
        return;
    m_regenerationPending = true;
    QTimer::singleShot(0, this, [this] {
        m_regenerationPending = false;
        regenerate();
    });
}

void ReportPanel::regenerate()
{
    std::optional<AccountSummary> account;
    if (m_session->apiAvailable())
        account = m_session->summary();
    m_report = SupportReport::build(m_session->journal()->entries(), m_session->incidentStart(), account);
    m_report.practice = m_session->mode() == RecoverySession::AccountMode::Practice;
    // Keep the reader's place when the report grows while they read it.
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(HtmlReportWriter::write(m_report));
    m_preview->verticalScrollBar()->setValue(scroll);
}

QString ReportPanel::askForPath(ReportExport::Format format)
{
    if (s_nextSavePath) {
        const QString path = *s_nextSavePath;
        s_nextSavePath.reset();
        return path;
    }
    if (m_lastFolder.isEmpty())
        m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(m_lastFolder).filePath(ReportExport::suggestedFileName(m_report, format));
    QString filter;
    switch (format) {
    case ReportExport::Format::Pdf:
        filter = tr("PDF document (*.pdf)");
        break;
    case ReportExport::Format::Html:
        filter = tr("Web page (*.html)");
        break;
    case ReportExport::Format::Markdown:
        filter = tr("Markdown text (*.md)");
        break;
    }
    return QFileDialog::getSaveFileName(this, tr("Save the report for Mailgun support"), suggested, filter);
}

void ReportPanel::save(ReportExport::Format format)
{
    regenerate(); // the time in the report is the time it was saved
    QString path = askForPath(format);
    if (path.isEmpty())
        return; // the admin closed the dialog
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + ReportExport::fileSuffix(format);
    QString error;
    if (!ReportExport::save(m_report, format, path, &error)) {
        showStatus(error, true);
        return;
    }
    m_lastFolder = QFileInfo(path).absolutePath();
    showStatus(tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportPanel::copyToClipboard()
{
    regenerate();
    const QString markdown = MarkdownReportWriter::write(m_report);
    auto* data = new QMimeData;
    data->setText(markdown);
    data->setHtml(HtmlReportWriter::write(m_report));
    data->setData(u"text/markdown"_s, markdown.toUtf8());
    QGuiApplication::clipboard()->setMimeData(data);
    showStatus(tr("The report is copied. Paste it into the message of your support ticket."));
}

void ReportPanel::openSupportPage()
{
    const QUrl url = SupportReport::supportPageUrl();
    if (QDesktopServices::openUrl(url)) {
        showStatus(
            tr("Mailgun's support page opened in your web browser. Sign in, start a new ticket, and attach "
               "or paste the report."));
    } else {
        showStatus(tr("The web browser could not be opened. Go to %1 yourself.").arg(url.toString()), true);
    }
}

void ReportPanel::showStatus(const QString& text, bool problem)
{
    StatusAnnouncer::setTone(m_statusLabel,
                             problem ? StatusAnnouncer::Tone::Problem : StatusAnnouncer::Tone::Status);
    m_statusLabel->setText(problem ? tr("Problem: %1").arg(text) : text);
    m_statusLabel->show();
    Q_EMIT statusChanged(text);
}
