#pragma once

#include "mailgun/ApiEndpoints.h"
#include "secrets/Secret.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QPointer>

class Journal;
class UserActionSimulator;

// Everything that differs between the admin's own account and the practice account,
// chosen once where the program is put together (the wizard's and the command line's
// entry points): where requests go, where new secrets go, where progress is recorded, the
// key to use without asking, and who plays the account's people. Controllers receive
// these parts and never learn which account they work on.
class AccountWorkspace : public QObject
{
    Q_OBJECT

public:
    // Owns neither `store` nor `journal`: whoever makes them parents them (often to the
    // workspace itself).
    AccountWorkspace(const ApiEndpoints& endpoints, SecretStore* store, Journal* journal,
                     QObject* parent = nullptr);
    ~AccountWorkspace() override;

    // The admin's own account: these endpoints, the system keychain under the program's
    // name, and `journal` (loaded by the caller).
    static AccountWorkspace* forRealAccount(const ApiEndpoints& endpoints, Journal* journal,
                                            QObject* parent = nullptr);

    ApiEndpoints endpoints() const { return m_endpoints; }
    // The store set last with setSecretStore, else the workspace's own.
    SecretStore* secretStore() const { return m_override ? m_override.data() : m_store.data(); }
    // Another store for a while (a test double, a store that reports no keychain); not
    // owned. nullptr goes back to the workspace's own store.
    void setSecretStore(SecretStore* store) { m_override = store; }
    Journal* journal() const { return m_journal; }

    // The key to use without asking (the practice account's); empty for a real account.
    const Secret& presetKey() const { return m_presetKey; }
    void setPresetKey(const Secret& key) { m_presetKey = key; }

    // Null for a real account. Not owned: the provider keeps it alive as long as the workspace.
    UserActionSimulator* userActions() const { return m_userActions; }
    void setUserActions(UserActionSimulator* userActions) { m_userActions = userActions; }

protected:
    // For workspaces that make their store and journal after the base is built.
    void initialise(SecretStore* store, Journal* journal);

private:
    ApiEndpoints m_endpoints;
    QPointer<SecretStore> m_store;
    QPointer<SecretStore> m_override;
    Journal* m_journal;
    Secret m_presetKey;
    UserActionSimulator* m_userActions = nullptr;
};
