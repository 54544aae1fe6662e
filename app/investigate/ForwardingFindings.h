#pragma once

#include "investigate/AccountFinding.h"
#include "investigate/AccountInventory.h"

#include <QCoreApplication>
#include <QList>

class WebhookHostCheck;

// The ways an intruder copies mail or mail events out of the account: routes that forward
// incoming mail elsewhere or catch every address, webhooks (per domain and account-wide)
// that post to a web address the owner does not control, and archive_to on a domain.
class ForwardingFindings
{
    Q_DECLARE_TR_FUNCTIONS(ForwardingFindings)

public:
    static QList<AccountFinding> find(const AccountInventory& inventory, const ReviewContext& context);

    static QList<AccountFinding> routes(const AccountInventory& inventory, const ReviewContext& context,
                                        const WebhookHostCheck& own);
    static QList<AccountFinding> webhooks(const AccountInventory& inventory, const ReviewContext& context,
                                          const WebhookHostCheck& own);
    static QList<AccountFinding> archives(const AccountInventory& inventory, const WebhookHostCheck& own);
};
