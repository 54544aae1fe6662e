#pragma once

#include "investigate/AccountInventory.h"

#include <QHash>
#include <QObject>

#include <functional>

class MailgunClient;
class SubaccountClients;

// Reads what each subaccount holds, after the account's own inventory (its answers are the
// comparison): keys, and in both regions domains (then each domain's SMTP logins and
// webhooks), routes and account webhooks, all through X-Mailgun-On-Behalf-Of; and, once per
// region, /v4/domains?include_subaccounts=true, which says which domains each subaccount
// holds. Every list is judged by SubaccountCheck: an answer that could be the parent's is
// never taken as the subaccount's, however empty. Changes nothing.
class SubaccountInventoryLoader : public QObject
{
    Q_OBJECT

public:
    SubaccountInventoryLoader(MailgunClient* client, AccountInventory* inventory, QObject* parent = nullptr);

    // Same contract as InventoryLoader::start. Finishes at once without subaccounts.
    void start(std::function<void(int)> planned, std::function<void()> stepDone,
               std::function<void()> finished);

private:
    void loadSubaccount(int index);
    void loadRegion(int index, Region region);
    void loadDomains(int index, Region region);
    void loadDomain(int index, Region region, const QString& domain);
    void begin(int steps);
    void answered(); // one request answered
    void release();  // one hold or request done, without a step
    SubaccountHoldings& holdings(int index) { return m_inventory->subaccountHoldings[index]; }

    MailgunClient* m_client;
    SubaccountClients* m_clients;
    AccountInventory* m_inventory;
    std::function<void(int)> m_planned;
    std::function<void()> m_stepDone;
    std::function<void()> m_finished;
    int m_pending = 0;
    // /v4/domains?include_subaccounts=true per region: domain names by subaccount id.
    QHash<int, QHash<QString, QStringList>> m_expectedDomains;
    QSet<int> m_expectedRead;
    int m_expectedPending = 0;
};
