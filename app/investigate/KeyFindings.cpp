#include "investigate/KeyFindings.h"

#include "investigate/FindingText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

AccountFinding keyFinding(const KeyInfo& key, const ReviewContext& context)
{
    AccountFinding finding;
    finding.region = Region::Us; // keys are global
    finding.objectId = key.id;
    finding.keyId = key.id;
    finding.createdAt = key.createdAt;
    finding.inUse = !context.inUseKeyId.isEmpty() && key.id == context.inUseKeyId;
    return finding;
}

QString inUseNote(const AccountFinding& finding)
{
    return finding.inUse ? u' ' + KeyFindings::tr("This is the key this program is using right now.")
                         : QString();
}

} // namespace

bool KeyFindings::isKnownRequestor(const QString& requestor, const QList<AccountUser>& users)
{
    for (const AccountUser& user : users) {
        if (user.email.compare(requestor.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<AccountFinding> KeyFindings::find(const AccountInventory& inventory, const ReviewContext& context)
{
    QList<AccountFinding> findings;
    if (!inventory.keysRead)
        return findings;
    for (const KeyInfo& key : inventory.keys) {
        const bool recent = context.isRecent(key.createdAt);
        // Without the user list nobody can say whose a requestor is; that is a problem listed apart.
        const bool unknownRequestor = inventory.usersRead && !key.requestor.isEmpty() &&
                                      !isKnownRequestor(key.requestor, inventory.users);
        const bool inactive = key.isDisabled || (key.expiresAt.isValid() && key.expiresAt <= context.now);
        AccountFinding finding = keyFinding(key, context);
        const QString described = FindingText::key(key, context.now);

        if (key.kind == u"web"_s) {
            // A Control Panel sign-in. Someone who signs in with a stolen password shows here.
            if (!recent || inactive)
                continue;
            finding.kindId = u"recent-login-session"_s;
            finding.severity = unknownRequestor ? u"high"_s : u"low"_s;
            finding.title =
                KeyFindings::tr("Someone signed in to the Mailgun Control Panel %1 as %2")
                    .arg(FindingText::age(key.createdAt, context.now),
                         key.requestor.isEmpty() ? KeyFindings::tr("an unknown user") : key.requestor);
            finding.detail = KeyFindings::tr(
                "Each sign-in to the Control Panel creates a short-lived \u201cweb\u201d key. This "
                "one was created after the incident started.");
            finding.advice =
                KeyFindings::tr("If this was not you or a colleague, the password of that user is known to "
                                "someone else: change it and turn on two-factor sign-in (steps 4 and 5).");
            findings.append(finding);
            continue;
        }
        if (inactive)
            continue; // disabled or expired keys cannot be used
        if (!recent && !unknownRequestor)
            continue;
        if (unknownRequestor) {
            finding.kindId = u"unknown-requestor-key"_s;
            finding.severity = recent ? u"critical"_s : u"high"_s;
            finding.title = KeyFindings::tr("An API key was made by %1, who is not a user of your account")
                                .arg(key.requestor);
            finding.detail =
                KeyFindings::tr(
                    "This is %1. An API key lets whoever holds it send mail and change settings "
                    "through Mailgun's programming interface. Nobody with the address %2 can sign "
                    "in to your account, so this key was probably made by an intruder.")
                    .arg(described, key.requestor) +
                inUseNote(finding);
        } else {
            finding.kindId = u"recent-key"_s;
            finding.severity = u"high"_s;
            finding.title = KeyFindings::tr("An API key was created %1, after the incident started")
                                .arg(FindingText::age(key.createdAt, context.now));
            finding.detail =
                KeyFindings::tr(
                    "This is %1 (role: %2). An API key lets whoever holds it send mail and change "
                    "settings through Mailgun's programming interface.")
                    .arg(described, key.role) +
                inUseNote(finding);
        }
        finding.advice =
            finding.inUse ? KeyFindings::tr("Step 2 replaces the key you are using with a new one and then "
                                            "deletes this one.")
                          : KeyFindings::tr("Unless you know who made it and why, delete it in step 2.");
        findings.append(finding);
    }
    if (!context.inUseKeyId.isEmpty()) {
        if (const KeyInfo* key = inventory.findKey(context.inUseKeyId)) {
            bool reported = false;
            for (const AccountFinding& finding : std::as_const(findings))
                reported = reported || finding.inUse;
            if (!reported) {
                AccountFinding finding = keyFinding(*key, context);
                finding.kindId = u"key-in-use"_s;
                finding.severity = u"info"_s;
                finding.title = KeyFindings::tr("You are using %1").arg(FindingText::key(*key, context.now));
                finding.detail =
                    KeyFindings::tr("If this key leaked, whoever has it can use it until it is deleted.");
                finding.advice =
                    KeyFindings::tr("Step 2 replaces it with a new key and deletes the old keys.");
                findings.append(finding);
            }
        }
    }
    return findings;
}
