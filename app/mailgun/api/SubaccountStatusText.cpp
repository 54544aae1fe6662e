#include "mailgun/api/SubaccountStatusText.h"

#include "mailgun/UntrustedText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SubaccountStatusText {

QString word(const QString& status)
{
    if (status == u"open"_s)
        //: A subaccount's status: it works and can send email. Used inside sentences such as
        //: "It is open." or "status: open".
        return QCoreApplication::translate("SubaccountStatus", "open");
    if (status == u"disabled"_s)
        //: A subaccount's status: its API keys stop working and its dashboard is read-only.
        return QCoreApplication::translate("SubaccountStatus", "disabled");
    if (status == u"closed"_s)
        //: A subaccount's status: Mailgun closed it for good.
        return QCoreApplication::translate("SubaccountStatus", "closed");
    return u"\u201c"_s + UntrustedText::forDisplay(status) + u"\u201d"_s;
}

} // namespace SubaccountStatusText
