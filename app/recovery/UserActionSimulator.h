#pragma once

#include <QString>

// Plays the part of the account's people where the real world needs a person in the
// Control Panel (choosing a new password after a reset email, turning on two-factor
// sign-in). Only the practice account has one, so that its steps 4 and 5 can be walked to
// the end; a real account's people act for themselves. The entry points provide it.
class UserActionSimulator
{
public:
    virtual ~UserActionSimulator() = default;

    // False when the account has no such user.
    virtual bool choosePassword(const QString& userId) = 0;
    virtual bool turnOnTwoFactor(const QString& userId) = 0;
};
