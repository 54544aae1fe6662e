#include "recovery/UserStepCompletion.h"

#include "recovery/RecoverySession.h"

using namespace Qt::StringLiterals;

const QStringList& UserStepCompletion::verifiedPasswordItems()
{
    static const QStringList items{u"users-own-password"_s, u"users-other-passwords"_s};
    return items;
}

const QStringList& UserStepCompletion::verifiedTwoFactorItems()
{
    static const QStringList items{u"tfa-own"_s, u"tfa-other-users"_s};
    return items;
}

int UserStepCompletion::apply(RecoverySession* session, const QList<UserStatus>& users)
{
    int confirmed = 0;
    const auto confirmAll = [&](RecoveryStep step, const QStringList& items) {
        for (const QString& item : items) {
            if (session->isItemConfirmed(step, item))
                continue;
            session->setItemConfirmed(step, item, true);
            ++confirmed;
        }
    };
    if (UserStatus::everyPasswordChanged(users))
        confirmAll(RecoveryStep::UserPasswords, verifiedPasswordItems());
    if (UserStatus::everyTfaActive(users))
        confirmAll(RecoveryStep::TwoFactor, verifiedTwoFactorItems());
    return confirmed;
}
