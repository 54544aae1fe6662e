#include "InvestigatePanel.h"

#include "AccountReviewPanel.h"
#include "FindingsTable.h"
#include "FolderScanPanel.h"
#include "IncidentStartEdit.h"
#include "WebsiteProbePanel.h"
#include "recovery/RecoverySession.h"

#include <QCoreApplication>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString titleWithCount(const QString& title, const FindingsTable* table)
{
    const qsizetype count = table->findings().size();
    return count == 0 ? title
                      : QCoreApplication::translate("InvestigatePanel", "%1 (%2)").arg(title).arg(count);
}

} // namespace

InvestigatePanel::InvestigatePanel(RecoverySession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"investigatePanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_incidentStart = new IncidentStartEdit(session, this);
    layout->addWidget(m_incidentStart);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"investigateTabs"_s);
    m_folderScan = new FolderScanPanel(session, m_tabs);
    m_websiteProbe = new WebsiteProbePanel(session, m_tabs);
    m_accountReview = new AccountReviewPanel(session, m_tabs);
    // The tabs do not scroll on their own: the step page scrolls as a whole (one scroll area).
    for (QWidget* tab : std::initializer_list<QWidget*>{m_folderScan, m_websiteProbe, m_accountReview})
        m_tabs->addTab(tab, {});
    layout->addWidget(m_tabs, 1);
    updateTabTitles();

    connect(m_folderScan, &FolderScanPanel::findingsRecorded, this, &InvestigatePanel::updateTabTitles);
    connect(m_websiteProbe, &WebsiteProbePanel::findingsRecorded, this, [this](bool foundNothing) {
        updateTabTitles();
        // The probe proved the item for the site it checked.
        if (foundNothing)
            m_session->setItemConfirmed(RecoveryStep::Investigate, u"investigate-website-files"_s, true);
    });
    connect(m_accountReview, &AccountReviewPanel::findingsRecorded, this, &InvestigatePanel::updateTabTitles);
    connect(m_accountReview, &AccountReviewPanel::changingAccount, this, &InvestigatePanel::changingAccount);
    connect(m_accountReview, &AccountReviewPanel::incidentStartSuggested, m_incidentStart,
            &IncidentStartEdit::setStart);
}

void InvestigatePanel::reset()
{
    m_incidentStart->reload();
    m_accountReview->reset();
}

void InvestigatePanel::updateTabTitles()
{
    m_tabs->setTabText(0, titleWithCount(tr("Your files"), m_folderScan->table()));
    m_tabs->setTabText(1, titleWithCount(tr("Your website"), m_websiteProbe->table()));
    m_tabs->setTabText(2, titleWithCount(tr("Your Mailgun account"), m_accountReview->table()));
}
