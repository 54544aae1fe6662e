#include "recovery/AccountSummary.h"

#include <QCoreApplication>

QString AccountSummary::unmatchedKeyInUse() const
{
    if (!keyInUseId.isEmpty() || keys < 0)
        return {};
    if (keyInUseIsOlder)
        return QCoreApplication::translate(
            "AccountSummary", "This is an older key (it starts with \"key-\"). Mailgun lists such keys "
                              "under an ID that has nothing to do with the key, so the program cannot "
                              "tell which entry in the list it is.");
    return QCoreApplication::translate("AccountSummary",
                                       "This key is not in the list of keys that Mailgun sent.");
}
