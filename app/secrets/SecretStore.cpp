#include "secrets/SecretStore.h"

using namespace Qt::StringLiterals;

QString SecretStore::statusId(Status status)
{
    switch (status) {
    case Status::Ok:
        return u"ok"_s;
    case Status::NotFound:
        return u"not-found"_s;
    case Status::Unavailable:
        return u"unavailable"_s;
    case Status::AccessDenied:
        return u"access-denied"_s;
    case Status::TimedOut:
        return u"timed-out"_s;
    case Status::Failed:
        break;
    }
    return u"failed"_s;
}

QString SecretStore::Result::userMessage() const
{
    switch (status) {
    case Status::Ok:
        return SecretStore::tr("The keychain on this computer did what was asked.");
    case Status::NotFound:
        return SecretStore::tr("The keychain on this computer has no saved entry under that name. "
                               "If you saved the key or password somewhere else, use that copy.");
    case Status::Unavailable:
        return SecretStore::tr("No keychain (the password store of your computer) is running, so "
                               "nothing can be saved in it. The new key or password will be shown to "
                               "you once instead: copy it somewhere safe, such as your password "
                               "manager, before you continue.");
    case Status::AccessDenied:
        return SecretStore::tr("The keychain is locked, or access to it was refused. Unlock it "
                               "(usually with the password you use to log in to this computer) and "
                               "try again.");
    case Status::TimedOut:
        return SecretStore::tr("The keychain did not answer in time. It may be waiting for you in "
                               "another window, for example to be unlocked. Answer that window, then "
                               "try again.");
    case Status::Failed:
        break;
    }
    if (detail.isEmpty())
        return SecretStore::tr("The keychain could not do what was asked. Try again; if it happens "
                               "again, tell your helpdesk.");
    return SecretStore::tr("The keychain could not do what was asked (it said: \"%1\"). Try again; "
                           "if it happens again, tell your helpdesk.")
        .arg(detail);
}
