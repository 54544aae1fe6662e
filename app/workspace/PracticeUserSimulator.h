#pragma once

#include "recovery/UserActionSimulator.h"

class PracticeServer;

// The practice account's people, who choose new passwords and turn on two-factor sign-in
// when the practice wizard asks them to.
class PracticeUserSimulator : public UserActionSimulator
{
public:
    explicit PracticeUserSimulator(PracticeServer* server);

    bool choosePassword(const QString& userId) override;
    bool turnOnTwoFactor(const QString& userId) override;

private:
    PracticeServer* m_server;
};
