#pragma once

#include "investigate/AccountFinding.h"
#include "investigate/AccountInventory.h"
#include "investigate/ReviewProblems.h"
#include "investigate/SendAttribution.h"
#include "investigate/SendingVolume.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

class MailgunClient;
class InventoryLoader;
class SendAttributionLoader;
class VolumeLoader;

// Step 1's review of the account through the API, read-only: keys, SMTP logins, routes,
// webhooks, archive_to, subaccounts, the IP allowlist and the sending volume of both regions,
// judged against the incident start. Parts the key may not read are listed as problems;
// the rest is still reviewed.
class AccountReview : public QObject
{
    Q_OBJECT

public:
    explicit AccountReview(MailgunClient* client, QObject* parent = nullptr);
    ~AccountReview() override;

    void start(const QDateTime& incidentStart, const QString& inUseKeyId); // no-op when running
    bool isRunning() const { return m_running; }
    int plannedSteps() const { return m_total; }                         // for a determinate progress bar
    const QList<AccountFinding>& findings() const { return m_findings; } // sorted most severe first
    const SendingVolume& volume() const { return m_volume; }
    const QStringList& problems() const { return m_problems.sentences(); } // plain sentences
    QSet<QString> suspiciousKeyIds() const; // keys step 2 should propose deleting

    // True when the last run could not read a single part of the account (a dead key, no
    // connection): then its findings prove nothing.
    bool nothingRead() const { return !m_running && m_started && m_problems.succeededCount() == 0; }
    const AccountInventory& inventory() const { return m_inventory; }
    // Who sent the mail of the spike (or since the incident start), from the logs.
    const SendAttribution& attribution() const { return m_attribution; }
    const QDateTime& incidentStart() const { return m_context.incidentStart; }
    // The clock "recent" and "N hours ago" are measured with; the current time when unset.
    void setNow(const QDateTime& now) { m_fixedNow = now; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void stepDone();
    void addPlanned(int steps);
    void partFinished();
    void loadAttribution();
    void complete();

    MailgunClient* m_client;
    InventoryLoader* m_inventoryLoader = nullptr;
    VolumeLoader* m_volumeLoader = nullptr;
    SendAttributionLoader* m_attributionLoader = nullptr;
    AccountInventory m_inventory;
    SendingVolume m_volume;
    SendAttribution m_attribution;
    ReviewProblems m_problems;
    ReviewContext m_context;
    QList<AccountFinding> m_findings;
    QDateTime m_fixedNow;
    bool m_running = false;
    bool m_started = false;
    int m_partsLeft = 0;
    int m_done = 0;
    int m_total = 0;
};
