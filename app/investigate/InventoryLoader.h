#pragma once

#include "investigate/AccountInventory.h"
#include "investigate/ReviewProblems.h"

#include <QObject>

#include <functional>

class MailgunClient;
class SubaccountInventoryLoader;

// Reads everything the account review judges: keys, users, subaccounts and the IP
// allowlist (global), and in both regions the domains (then each domain's SMTP logins and
// webhooks), routes and account webhooks; then what each subaccount holds
// (SubaccountInventoryLoader). All requests go out at once; the client keeps
// each region within its limit. A part that fails is recorded as a problem and the rest
// goes on.
class InventoryLoader : public QObject
{
    Q_OBJECT

public:
    InventoryLoader(MailgunClient* client, AccountInventory* inventory, ReviewProblems* problems,
                    QObject* parent = nullptr);

    // `planned(n)` adds n steps to the plan (domains are only known once listed);
    // `stepDone()` follows every answered request; `finished()` once all have answered.
    void start(std::function<void(int)> planned, std::function<void()> stepDone,
               std::function<void()> finished);

    // Requests issued before any domain is known.
    static int initialSteps();

private:
    void loadGlobal();
    void loadRegion(Region region);
    void loadDomain(Region region, const QString& domain);
    void begin(int steps = 1);
    void answered();

    MailgunClient* m_client;
    AccountInventory* m_inventory;
    ReviewProblems* m_problems;
    std::function<void(int)> m_planned;
    std::function<void()> m_stepDone;
    std::function<void()> m_finished;
    int m_pending = 0;
    SubaccountInventoryLoader* m_subaccountsLoader = nullptr;
};
