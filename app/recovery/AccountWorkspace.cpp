#include "recovery/AccountWorkspace.h"

#include "identity/ApplicationIdentity.h"
#include "recovery/Journal.h"
#include "secrets/KeychainSecretStore.h"

AccountWorkspace::AccountWorkspace(const ApiEndpoints& endpoints, SecretStore* store, Journal* journal,
                                   QObject* parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_store(store)
    , m_journal(journal)
{}

AccountWorkspace::~AccountWorkspace() = default;

void AccountWorkspace::initialise(SecretStore* store, Journal* journal)
{
    m_store = store;
    m_journal = journal;
}

AccountWorkspace* AccountWorkspace::forRealAccount(const ApiEndpoints& endpoints, Journal* journal,
                                                   QObject* parent)
{
    auto* workspace = new AccountWorkspace(endpoints, nullptr, journal, parent);
    workspace->m_store =
        new KeychainSecretStore(ApplicationIdentity::name(), std::chrono::seconds(15), workspace);
    return workspace;
}
