#include "recovery/SubaccountJournal.h"

#include "investigate/SubaccountHoldingsText.h"
#include "mailgun/UntrustedText.h"
#include "recovery/Journal.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

bool SubaccountJournal::record(Journal* journal, const AccountInventory& inventory)
{
    if (!journal)
        return false;
    bool ok = true;
    for (const Subaccount& sub : inventory.subaccounts) {
        QJsonArray holdings;
        if (const SubaccountHoldings* held = inventory.holdingsOf(sub.id)) {
            for (const QString& sentence : SubaccountHoldingsText::describe(*held))
                holdings.append(UntrustedText::forDisplay(sentence));
        }
        const QJsonObject data{{u"subaccount_id"_s, UntrustedText::forDisplay(sub.id)},
                               {u"name"_s, UntrustedText::forDisplay(sub.name)},
                               {u"status"_s, UntrustedText::forDisplay(sub.status)},
                               {u"created_at"_s, sub.createdAt.toUTC().toString(Qt::ISODate)},
                               {u"holdings"_s, holdings}};
        ok = journal->append(reviewedType, data) && ok;
    }
    return ok;
}
