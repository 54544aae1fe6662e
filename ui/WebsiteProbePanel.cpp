#include "WebsiteProbePanel.h"

#include "FindingsTable.h"
#include "FindingsView.h"
#include "PlainLabel.h"
#include "StatusAnnouncer.h"
#include "investigate/SiteProbe.h"
#include "recovery/InvestigationController.h"
#include "recovery/RecoverySession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WebsiteProbePanel::WebsiteProbePanel(RecoverySession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"websiteProbePanel"_s);
    auto* layout = new QVBoxLayout(this);

    QLabel* intro = makePlainLabel(u"websiteProbeIntro"_s, this);
    intro->setText(tr("The program asks your website for the files that often give keys away, such as .env "
                      "files, phpinfo pages and backups. It only reads, like a web browser, and asks slowly. "
                      "Only check websites that belong to you."));
    layout->addWidget(intro);

    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("Website address:"), this);
    m_address = new QLineEdit(this);
    m_address->setObjectName(u"websiteAddressEdit"_s);
    m_address->setPlaceholderText(tr("for example www.example.com"));
    m_address->setClearButtonEnabled(true);
    label->setBuddy(m_address);
    row->addWidget(label);
    row->addWidget(m_address, 1);
    layout->addLayout(row);

    // The folder the site's program files were uploaded to, when it is not the top folder:
    // the likely files are then also asked for inside it (the command line's --folder).
    auto* folderRow = new QHBoxLayout;
    auto* folderLabel = new QLabel(tr("Folder of your website (if any):"), this);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(u"websiteFolderEdit"_s);
    m_folder->setPlaceholderText(tr("for example shop"));
    m_folder->setClearButtonEnabled(true);
    folderLabel->setBuddy(m_folder);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    layout->addLayout(folderRow);

    m_owned = new QCheckBox(tr("I own this website, and I may check it"), this);
    m_owned->setObjectName(u"websiteOwnedCheck"_s);
    layout->addWidget(m_owned);

    auto* actions = new QHBoxLayout;
    m_startButton = new QPushButton(tr("Check my website"), this);
    m_startButton->setObjectName(u"startProbeButton"_s);
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setObjectName(u"stopProbeButton"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"probeProgress"_s);
    m_progress->hide();
    actions->addWidget(m_startButton);
    actions->addWidget(m_stopButton);
    actions->addWidget(m_progress, 1);
    actions->addStretch(); // takes the room while the progress bar is hidden
    layout->addLayout(actions);

    m_status = makePlainLabel(u"probeStatus"_s, this);
    StatusAnnouncer::follow(m_status);
    layout->addWidget(m_status);
    auto* findings = new FindingsView(u"probeFindingsTable"_s, this);
    m_table = findings->table();
    layout->addWidget(findings);

    connect(m_address, &QLineEdit::textChanged, this, &WebsiteProbePanel::updateButtons);
    connect(m_address, &QLineEdit::returnPressed, this, &WebsiteProbePanel::startProbe);
    connect(m_folder, &QLineEdit::returnPressed, this, &WebsiteProbePanel::startProbe);
    connect(m_owned, &QCheckBox::toggled, this, &WebsiteProbePanel::updateButtons);
    connect(m_startButton, &QPushButton::clicked, this, &WebsiteProbePanel::startProbe);
    connect(m_stopButton, &QPushButton::clicked, this, &WebsiteProbePanel::stopProbe);
    updateButtons();
}

void WebsiteProbePanel::setAddresses(const QString& addresses)
{
    m_address->setText(addresses);
}

void WebsiteProbePanel::setOwnershipConfirmed(bool confirmed)
{
    m_owned->setChecked(confirmed);
}

QStringList WebsiteProbePanel::addresses() const
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    return m_address->text().split(separators, Qt::SkipEmptyParts);
}

bool WebsiteProbePanel::isRunning() const
{
    return m_running;
}

void WebsiteProbePanel::startProbe()
{
    if (m_running || addresses().isEmpty() || !m_owned->isChecked())
        return;
    auto* probe = new SiteProbe(this);
    QString folderProblem;
    if (!probe->setSiteFolders(folders(), &folderProblem)) {
        delete probe;
        m_status->setText(folderProblem);
        m_folder->setFocus();
        return;
    }
    setRunning(true);
    m_table->clearFindings();
    delete m_probe;
    m_probe = probe;
    SiteProbe::Options options;
    options.requestsPerSecond = m_requestsPerSecond;
    m_probe->setOptions(options);
    connect(m_probe, &SiteProbe::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_status->setText(tr("Checked %1 of %n address(es)…", nullptr, total).arg(done));
    });
    connect(m_probe, &SiteProbe::exposureFound, this,
            [this](const SiteExposure& exposure) { m_table->addFindings(exposure.records()); });
    // Found keys are matched against the account's keys when the API can be used; the
    // controller records the findings for step 2 and the report.
    auto* investigation = m_session->newInvestigation(m_probe);
    connect(investigation, &InvestigationController::readingKeys, this,
            [this] { m_status->setText(tr("Reading the list of your API keys…")); });
    connect(investigation, &InvestigationController::rejected, this, [this] {
        setRunning(false);
        m_status->setText(
            tr("That does not look like a website address. Type it as you would in a web browser, "
               "for example www.example.com."));
    });
    connect(investigation, &InvestigationController::started, this, [this] {
        m_progress->setRange(0, std::max(m_probe->plannedRequests(), 1));
        m_progress->setValue(0);
        m_status->setText(tr("Checking your website…"));
    });
    connect(investigation, &InvestigationController::finished, this,
            [this](InvestigationController::Activity, const QList<FindingRecord>& records, bool saved) {
                onFinished(records, saved);
            });
    investigation->probe(m_probe, addresses());
}

void WebsiteProbePanel::setFolder(const QString& folder)
{
    m_folder->setText(folder);
}

QStringList WebsiteProbePanel::folders() const
{
    // Several folders may be given, separated by commas.
    QStringList list;
    for (const QString& folder : m_folder->text().split(u',')) {
        if (!folder.trimmed().isEmpty())
            list.append(folder.trimmed());
    }
    return list;
}

void WebsiteProbePanel::stopProbe()
{
    if (m_probe && m_probe->isRunning()) {
        m_probe->cancel();
        m_status->setText(tr("Stopping…"));
    } else if (m_running) {
        delete m_probe; // stopped while the key list was read: the probe never starts
        setRunning(false);
        m_status->setText(tr("Stopped before anything was checked."));
    }
}

void WebsiteProbePanel::onFinished(const QList<FindingRecord>& records, bool saved)
{
    const SiteProbe::Summary& summary = m_probe->summary();
    m_table->setFindings(records);

    QStringList lines;
    if (summary.cancelled)
        lines << tr("Stopped. Addresses checked before that: %1.").arg(summary.requests);
    else
        lines << tr("Addresses checked on your website: %1.").arg(summary.requests);
    for (const QString& problem : summary.unreachable)
        lines << problem;
    const bool foundNothing = records.isEmpty() && summary.unreachable.isEmpty() && !summary.cancelled;
    if (records.isEmpty() && summary.unreachable.isEmpty())
        lines << tr("None of the usual files that give keys away could be opened. That is good.");
    else if (!records.isEmpty())
        lines << tr("Files anyone can open: %1. Close them before step 2, or the new key can leak the same "
                    "way.")
                     .arg(m_probe->exposures().size());
    if (!saved)
        lines << tr("The findings could not be saved for the report. Check that the disk is not full.");
    m_status->setText(lines.join(u'\n'));
    setRunning(false);
    Q_EMIT findingsRecorded(foundNothing);
}

void WebsiteProbePanel::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    m_progress->setVisible(running);
    updateButtons();
    Q_EMIT runningChanged(running);
}

void WebsiteProbePanel::updateButtons()
{
    m_startButton->setEnabled(!m_running && !addresses().isEmpty() && m_owned->isChecked());
    m_stopButton->setEnabled(m_running);
    m_address->setEnabled(!m_running);
    m_folder->setEnabled(!m_running);
    m_owned->setEnabled(!m_running);
}
