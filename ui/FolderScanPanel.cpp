#include "FolderScanPanel.h"

#include "FindingsTable.h"
#include "FindingsView.h"
#include "PlainLabel.h"
#include "ReadOnlyTable.h"
#include "StatusAnnouncer.h"
#include "investigate/ArchiveSummaryText.h"
#include "investigate/GitHistorySummaryText.h"
#include "investigate/LeakScanner.h"
#include "investigate/LookAlikeSummaryText.h"
#include "recovery/InvestigationController.h"
#include "recovery/RecoverySession.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FolderScanPanel::FolderScanPanel(RecoverySession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"folderScanPanel"_s);
    auto* layout = new QVBoxLayout(this);

    QLabel* intro = makePlainLabel(u"folderScanIntro"_s, this);
    intro->setText(tr("Pick the folders to look through: your website's files, a backup you downloaded from "
                      "your hosting, or a project on this computer. Nothing leaves this computer."));
    layout->addWidget(intro);

    auto* listRow = new QHBoxLayout;
    m_folders = new QListWidget(this);
    m_folders->setObjectName(u"scanFolderList"_s);
    m_folders->setAccessibleName(tr("Folders to look through"));
    m_folders->setMaximumHeight(76);
    keepEnterInside(m_folders);
    listRow->addWidget(m_folders, 1);
    auto* listButtons = new QVBoxLayout;
    m_addButton = new QPushButton(tr("Add a folder…"), this);
    m_addButton->setObjectName(u"addScanFolderButton"_s);
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(u"removeScanFolderButton"_s);
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    listRow->addLayout(listButtons);
    layout->addLayout(listRow);

    m_deep = new QCheckBox(tr("Also look inside downloaded libraries (node_modules, vendor). Slower."), this);
    m_deep->setObjectName(u"deepScanCheck"_s);
    layout->addWidget(m_deep);

    auto* actions = new QHBoxLayout;
    m_startButton = new QPushButton(tr("Look through these folders"), this);
    m_startButton->setObjectName(u"startScanButton"_s);
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setObjectName(u"stopScanButton"_s);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"scanProgress"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    actions->addWidget(m_startButton);
    actions->addWidget(m_stopButton);
    actions->addWidget(m_busy, 1);
    actions->addStretch(); // takes the room while the progress bar is hidden
    layout->addLayout(actions);

    m_status = makePlainLabel(u"scanStatus"_s, this);
    StatusAnnouncer::follow(m_status);
    layout->addWidget(m_status);
    auto* findings = new FindingsView(u"scanFindingsTable"_s, this);
    m_table = findings->table();
    layout->addWidget(findings);

    connect(m_addButton, &QPushButton::clicked, this, &FolderScanPanel::chooseFolder);
    connect(m_removeButton, &QPushButton::clicked, this, &FolderScanPanel::removeSelected);
    connect(m_startButton, &QPushButton::clicked, this, &FolderScanPanel::startScan);
    connect(m_stopButton, &QPushButton::clicked, this, &FolderScanPanel::stopScan);
    connect(m_folders, &QListWidget::itemSelectionChanged, this, &FolderScanPanel::updateButtons);
    updateButtons();
}

void FolderScanPanel::chooseFolder()
{
    const QString path =
        QFileDialog::getExistingDirectory(this, tr("Pick a folder to look through"), QDir::homePath());
    if (!path.isEmpty())
        addFolder(path);
}

void FolderScanPanel::addFolder(const QString& path)
{
    const QString clean = QDir::cleanPath(path);
    if (clean.isEmpty() || folders().contains(clean))
        return;
    m_folders->addItem(QDir::toNativeSeparators(clean));
    m_folders->item(m_folders->count() - 1)->setData(Qt::UserRole, clean);
    updateButtons();
}

QStringList FolderScanPanel::folders() const
{
    QStringList paths;
    for (int row = 0; row < m_folders->count(); ++row)
        paths << m_folders->item(row)->data(Qt::UserRole).toString();
    return paths;
}

void FolderScanPanel::removeSelected()
{
    qDeleteAll(m_folders->selectedItems());
    updateButtons();
}

bool FolderScanPanel::isRunning() const
{
    return m_running;
}

void FolderScanPanel::startScan()
{
    if (m_running || folders().isEmpty())
        return;
    setRunning(true);
    m_table->clearFindings();
    delete m_scanner;
    m_scanner = new LeakScanner(this);
    connect(m_scanner, &LeakScanner::progress, this, [this](qint64 files, qint64 bytes) {
        m_status->setText(tr("Files looked at so far: %1 (%2)…")
                              .arg(QLocale().toString(files), QLocale().formattedDataSize(bytes)));
    });
    connect(m_scanner, &LeakScanner::findingsAdded, this, [this](const QList<LeakFinding>& findings) {
        QList<FindingRecord> records;
        for (const LeakFinding& finding : findings)
            records.append(finding.record());
        m_table->addFindings(records);
    });
    // Found keys are matched against the account's keys when the API can be used; the
    // controller records the findings for step 2 and the report.
    auto* investigation = m_session->newInvestigation(m_scanner);
    connect(investigation, &InvestigationController::readingKeys, this,
            [this] { m_status->setText(tr("Reading the list of your API keys…")); });
    connect(investigation, &InvestigationController::started, this,
            [this] { m_status->setText(tr("Looking through the folders…")); });
    connect(investigation, &InvestigationController::finished, this,
            [this](InvestigationController::Activity, const QList<FindingRecord>& records, bool saved) {
                onFinished(records, saved);
            });
    investigation->scan(m_scanner, folders(), m_deep->isChecked());
}

void FolderScanPanel::stopScan()
{
    if (m_scanner && m_scanner->isRunning()) {
        m_scanner->cancel();
        m_status->setText(tr("Stopping…"));
    } else if (m_running) {
        delete m_scanner; // stopped while the key list was read: the scan never starts
        setRunning(false);
        m_status->setText(tr("Stopped before anything was looked at."));
    }
}

void FolderScanPanel::onFinished(const QList<FindingRecord>& records, bool saved)
{
    const LeakScanner::Summary& summary = m_scanner->summary();
    m_table->setFindings(records);

    QStringList lines;
    const QString size = QLocale().formattedDataSize(summary.bytes);
    if (summary.cancelled)
        lines << tr("Stopped. Files looked at before that: %1 (%2).")
                     .arg(QLocale().toString(summary.files), size);
    else
        lines << tr("Files looked at: %1 (%2).").arg(QLocale().toString(summary.files), size);
    if (records.isEmpty())
        lines << tr("No Mailgun keys, passwords or risky files were found here.");
    else
        lines << tr("Things to fix: %1. The most serious come first. Fix them before step 2, or the new "
                    "key can leak the same way.")
                     .arg(records.size());
    for (const QString& missing : summary.missingPaths)
        lines << tr("This folder could not be found: %1").arg(QDir::toNativeSeparators(missing));
    if (summary.unreadable > 0)
        lines << tr("Files that could not be opened: %1. They may belong to another user.")
                     .arg(summary.unreadable);
    lines << ArchiveSummaryText::lines(summary.archives);
    lines << GitHistorySummaryText::lines(summary.gitHistory);
    lines << LookAlikeSummaryText::lines(summary.lookAlikes);
    if (!saved)
        lines << tr("The findings could not be saved for the report. Check that the disk is not full.");
    m_status->setText(lines.join(u'\n'));
    setRunning(false);
    Q_EMIT findingsRecorded();
}

void FolderScanPanel::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    m_busy->setVisible(running);
    updateButtons();
    Q_EMIT runningChanged(running);
}

void FolderScanPanel::updateButtons()
{
    m_startButton->setEnabled(!m_running && m_folders->count() > 0);
    m_stopButton->setEnabled(m_running);
    m_addButton->setEnabled(!m_running);
    m_removeButton->setEnabled(!m_running && !m_folders->selectedItems().isEmpty());
    m_deep->setEnabled(!m_running);
}
