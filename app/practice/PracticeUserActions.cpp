#include "practice/PracticeUserActions.h"

#include "practice/PracticeAccount.h"

PracticeUser* PracticeUserActions::findUser(PracticeAccount& account, const QString& userId)
{
    for (PracticeUser& user : account.users()) {
        if (user.id == userId)
            return &user;
    }
    return nullptr;
}

bool PracticeUserActions::changePassword(PracticeAccount& account, const QString& userId, const QDateTime& at)
{
    PracticeUser* user = findUser(account, userId);
    if (!user)
        return false;
    user->passwordUpdatedAt = at.isValid() ? at.toUTC() : account.now();
    return true;
}

bool PracticeUserActions::setTwoFactor(PracticeAccount& account, const QString& userId, bool enabled,
                                       bool finished)
{
    PracticeUser* user = findUser(account, userId);
    if (!user)
        return false;
    user->tfaEnabled = enabled;
    user->tfaActive = enabled && finished;
    if (!enabled)
        user->tfaCreatedAt = {};
    else if (!user->tfaCreatedAt.isValid())
        user->tfaCreatedAt = account.now();
    return true;
}
