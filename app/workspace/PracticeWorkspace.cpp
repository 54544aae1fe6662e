#include "workspace/PracticeWorkspace.h"

#include "identity/ApplicationIdentity.h"
#include "practice/PracticeServer.h"
#include "recovery/Journal.h"
#include "secrets/KeychainSecretStore.h"
#include "workspace/PracticeUserSimulator.h"

using namespace Qt::StringLiterals;

namespace {

ApiEndpoints endpointsOf(const PracticeServer& server)
{
    const PracticeEndpoints endpoints = server.endpoints();
    return ApiEndpoints{endpoints.us, endpoints.eu};
}

} // namespace

QString PracticeWorkspace::keychainServiceName()
{
    return ApplicationIdentity::name() + u" (practice)"_s;
}

PracticeWorkspace* PracticeWorkspace::start(QObject* parent, QString* error, quint16 usPort, quint16 euPort)
{
    auto* server = new PracticeServer;
    if (!server->start(usPort, euPort, error)) {
        delete server;
        return nullptr;
    }
    return new PracticeWorkspace(server, parent);
}

PracticeWorkspace::PracticeWorkspace(PracticeServer* server, QObject* parent)
    : AccountWorkspace(endpointsOf(*server), nullptr, nullptr, parent)
    , m_server(server)
    , m_users(std::make_unique<PracticeUserSimulator>(server))
{
    server->setParent(this);
    initialise(new KeychainSecretStore(keychainServiceName(), std::chrono::seconds(15), this),
               new Journal(QString(), this));
    setPresetKey(Secret(server->practiceKey()));
    setUserActions(m_users.get());
}

PracticeWorkspace::~PracticeWorkspace()
{
    setUserActions(nullptr);
}
