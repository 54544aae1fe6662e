#include "investigate/AccountReview.h"

#include "investigate/AccountSettingFindings.h"
#include "investigate/ForwardingFindings.h"
#include "investigate/InventoryLoader.h"
#include "investigate/KeyFindings.h"
#include "investigate/SendAttributionLoader.h"
#include "investigate/SmtpLoginFindings.h"
#include "investigate/VolumeFindings.h"
#include "investigate/VolumeLoader.h"
#include "mailgun/MailgunClient.h"

using namespace Qt::StringLiterals;

AccountReview::AccountReview(MailgunClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_total = InventoryLoader::initialSteps() + VolumeLoader::steps() + SendAttributionLoader::steps();
}

AccountReview::~AccountReview() = default;

void AccountReview::start(const QDateTime& incidentStart, const QString& inUseKeyId)
{
    if (m_running)
        return;
    m_running = true;
    m_started = true;
    m_inventory = AccountInventory();
    m_volume = SendingVolume();
    m_attribution = SendAttribution();
    m_problems.clear();
    m_findings.clear();
    m_context.incidentStart = incidentStart.toUTC();
    m_context.now = m_fixedNow.isValid() ? m_fixedNow.toUTC() : QDateTime::currentDateTimeUtc();
    m_context.inUseKeyId = inUseKeyId;
    m_done = 0;
    m_total = InventoryLoader::initialSteps() + VolumeLoader::steps() + SendAttributionLoader::steps();
    Q_EMIT progress(m_done, m_total);

    // Loaders of an earlier run have answered everything; new ones keep this run's state apart.
    delete m_inventoryLoader;
    delete m_volumeLoader;
    delete m_attributionLoader;
    m_inventoryLoader = new InventoryLoader(m_client, &m_inventory, &m_problems, this);
    m_volumeLoader = new VolumeLoader(m_client, &m_volume, &m_problems, this);
    m_attributionLoader = new SendAttributionLoader(m_client, &m_attribution, &m_problems, this);
    m_partsLeft = 2;
    m_inventoryLoader->start([this](int steps) { addPlanned(steps); }, [this] { stepDone(); },
                             [this] { partFinished(); });
    m_volumeLoader->start(
        m_context.now, [this] { stepDone(); }, [this] { partFinished(); });
}

void AccountReview::stepDone()
{
    ++m_done;
    Q_EMIT progress(m_done, m_total);
}

void AccountReview::addPlanned(int steps)
{
    m_total += steps;
    Q_EMIT progress(m_done, m_total);
}

void AccountReview::partFinished()
{
    if (--m_partsLeft == 0)
        loadAttribution();
}

void AccountReview::loadAttribution()
{
    // The spike when there is one, else everything since the incident started; never more
    // than the 30 days the volume covers.
    QDateTime from = m_volume.spikeStart.isValid() ? m_volume.spikeStart : m_context.incidentStart;
    from = qMax(from, m_context.now.addDays(-VolumeLoader::days));
    m_attributionLoader->start(
        from, m_context.now, [this] { stepDone(); }, [this] { complete(); });
}

void AccountReview::complete()
{
    QList<AccountFinding> findings = KeyFindings::find(m_inventory, m_context);
    findings += SmtpLoginFindings::find(m_inventory, m_context);
    findings += ForwardingFindings::find(m_inventory, m_context);
    findings += AccountSettingFindings::find(m_inventory, m_context);
    findings += VolumeFindings::find(m_volume);
    findings += m_attribution.findings(m_inventory, m_context);
    m_problems.collapseWhenNothingRead();
    AccountFinding::makeAccountTextSafe(findings);
    AccountFinding::sortBySeverity(findings);
    m_findings = findings;
    m_done = m_total;
    m_running = false;
    Q_EMIT progress(m_done, m_total);
    Q_EMIT finished();
}

QSet<QString> AccountReview::suspiciousKeyIds() const
{
    static const QStringList keyKinds{u"recent-key"_s, u"unknown-requestor-key"_s, u"sends-by-key"_s};
    QSet<QString> ids;
    for (const AccountFinding& finding : m_findings) {
        if (!finding.keyId.isEmpty() && !finding.inUse && keyKinds.contains(finding.kindId) &&
            m_inventory.findKey(finding.keyId))
            ids.insert(finding.keyId);
    }
    return ids;
}
