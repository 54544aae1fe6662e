#include "investigate/AccountSettingFindings.h"

#include "investigate/FindingText.h"
#include "investigate/SubaccountHoldingsText.h"
#include "mailgun/api/SubaccountStatusText.h"

using namespace Qt::StringLiterals;

QList<AccountFinding> AccountSettingFindings::find(const AccountInventory& inventory,
                                                   const ReviewContext& context)
{
    QList<AccountFinding> findings;
    for (const Subaccount& sub : inventory.subaccounts) {
        const bool recent = context.isRecent(sub.createdAt);
        AccountFinding finding;
        finding.kindId = u"subaccount"_s;
        finding.severity = recent ? u"high"_s : u"info"_s;
        finding.objectId = sub.id;
        finding.createdAt = sub.createdAt;
        finding.title = recent ? tr("A subaccount \u201c%1\u201d was created %2, after the incident started")
                                     .arg(sub.name, FindingText::age(sub.createdAt, context.now))
                               : tr("Subaccount \u201c%1\u201d").arg(sub.name);
        finding.detail = tr("A subaccount is a separate account under yours with its own domains and keys. "
                            "It was created %1 and is %2. Its id is %3.")
                             .arg(FindingText::age(sub.createdAt, context.now),
                                  SubaccountStatusText::word(sub.status), sub.id);
        if (const SubaccountHoldings* holdings = inventory.holdingsOf(sub.id))
            finding.detail += u' ' + SubaccountHoldingsText::describe(*holdings).join(u' ');
        finding.advice = recent
                             ? tr("Unless you made it, disable it (this program can do it for you) and tell "
                                  "Mailgun support. Do not close or delete it: that removes its keys, "
                                  "domains and history, which are the evidence.")
                             : tr("Check that you still use it.");
        findings.append(finding);
    }
    if (inventory.allowlistRead) {
        AccountFinding finding;
        finding.kindId = u"ip-allowlist"_s;
        finding.severity = u"info"_s;
        finding.objectId = u"ip_whitelist"_s;
        if (inventory.allowlist.isEmpty()) {
            finding.title = tr("Your account has no IP allowlist");
            finding.detail = tr("An IP allowlist limits the computers that may use your API keys and SMTP "
                                "logins to the internet addresses you list. Without one, a leaked key works "
                                "from anywhere.");
            finding.advice = tr("Consider adding your servers' addresses under Security in the Control Panel "
                                "once the recovery is done. Include this computer's address, or the program "
                                "is locked out.");
        } else {
            QStringList entries;
            for (const IpAllowlistEntry& entry : inventory.allowlist)
                entries.append(entry.description.isEmpty()
                                   ? entry.address
                                   : entry.address + u" ("_s + entry.description + u')');
            finding.severity = u"low"_s;
            finding.title = tr("Your IP allowlist has %n address(es)", nullptr, int(entries.size()));
            finding.detail = tr("Only these addresses may use your API keys and SMTP logins: %1.")
                                 .arg(entries.join(u", "_s));
            finding.advice =
                tr("Check that every address is one of yours: an intruder could have added their "
                   "own.");
        }
        findings.append(finding);
    }
    return findings;
}
