#pragma once

#include "practice/PracticeServer.h"
#include "recovery/RecoverySession.h"
#include "workspace/PracticeWorkspace.h"

// What the wizard's entry point does for a session (WizardApp): offer the practice account.
inline void offerPractice(RecoverySession& session)
{
    session.setPracticeProvider([](QObject* parent, QString* error) -> AccountWorkspace* {
        return PracticeWorkspace::start(parent, error);
    });
}

// The practice server behind the session's practice workspace; nullptr before practice was chosen.
inline PracticeServer* practiceServerOf(const RecoverySession& session)
{
    auto* workspace = qobject_cast<PracticeWorkspace*>(session.practiceWorkspace());
    return workspace ? workspace->server() : nullptr;
}

// The practice server's addresses as the client's endpoints (what PracticeWorkspace does).
inline ApiEndpoints apiEndpointsOf(const PracticeServer& server)
{
    return ApiEndpoints{server.endpoints().us, server.endpoints().eu};
}

// The client's region as the practice account names it.
inline PracticeRegion practiceRegionOf(Region region)
{
    return region == Region::Eu ? PracticeRegion::Eu : PracticeRegion::Us;
}
