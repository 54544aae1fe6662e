#include "workspace/PracticeUserSimulator.h"

#include "practice/PracticeServer.h"
#include "practice/PracticeUserActions.h"

PracticeUserSimulator::PracticeUserSimulator(PracticeServer* server)
    : m_server(server)
{}

bool PracticeUserSimulator::choosePassword(const QString& userId)
{
    return PracticeUserActions::changePassword(m_server->account(), userId);
}

bool PracticeUserSimulator::turnOnTwoFactor(const QString& userId)
{
    return PracticeUserActions::setTwoFactor(m_server->account(), userId, true);
}
