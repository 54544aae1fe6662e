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

bool canChangeAccount(const KeyInfo& key)
{
    return key.role == u"admin"_s || key.role == u"developer"_s;
}

AccountFinding sessionFinding(const KeyInfo& key, const ReviewContext& context)
{
    // A Control Panel sign-in. Someone who signs in with a stolen password shows here.
    AccountFinding finding = keyFinding(key, context);
    finding.kindId = u"recent-login-session"_s;
    finding.severity = u"low"_s;
    finding.title = KeyFindings::tr("Someone signed in to the Mailgun Control Panel %1 (%2)")
                        .arg(FindingText::age(key.createdAt, context.now), KeyFindings::creatorText(key));
    finding.detail = KeyFindings::tr(
        "Each sign-in to the Control Panel creates a short-lived \u201cweb\u201d key. This one was "
        "created after the incident started.");
    finding.advice =
        KeyFindings::tr("If this was not you or a colleague, the password of that user is known to "
                        "someone else: change it and turn on two-factor sign-in (steps 4 and 5).");
    return finding;
}

AccountFinding recentKeyFinding(const KeyInfo& key, const ReviewContext& context)
{
    AccountFinding finding = keyFinding(key, context);
    finding.kindId = u"recent-key"_s;
    finding.severity = canChangeAccount(key) ? u"critical"_s : u"high"_s;
    finding.title = KeyFindings::tr("Someone made an API key %1, after the incident started")
                        .arg(FindingText::age(key.createdAt, context.now));
    const QString claim = key.hasRecordedCreator()
                              ? KeyFindings::tr("Whoever makes a key can write any name as its creator, so "
                                                "the recorded name does not prove who made it.")
                              : QString();
    finding.detail = KeyFindings::tr("This is %1 (role: %2). An API key lets whoever holds it send mail and "
                                     "change settings through Mailgun's programming interface.")
                         .arg(FindingText::key(key, context.now), key.role) +
                     (claim.isEmpty() ? QString() : u' ' + claim) + inUseNote(finding);
    finding.advice = finding.inUse
                         ? KeyFindings::tr("Step 2 replaces the key you are using with a new one and then "
                                           "deletes this one.")
                         : KeyFindings::tr("Unless you made it yourself after the incident started, delete "
                                           "it in step 2.");
    return finding;
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

QString KeyFindings::creatorText(const KeyInfo& key)
{
    const QString name = key.userName.trimmed();
    const QString email = key.requestor.trimmed();
    if (name.isEmpty() && email.isEmpty())
        return tr("no creator recorded");
    if (name.isEmpty() || email.isEmpty())
        return tr("recorded as %1").arg(name.isEmpty() ? email : name);
    return tr("recorded as %1 <%2>").arg(name, email);
}

QList<AccountFinding> KeyFindings::find(const AccountInventory& inventory, const ReviewContext& context)
{
    QList<AccountFinding> findings;
    if (!inventory.keysRead)
        return findings;
    for (const KeyInfo& key : inventory.keys) {
        const bool recent = context.isRecent(key.createdAt);
        const bool inactive = key.isDisabled || (key.expiresAt.isValid() && key.expiresAt <= context.now);
        if (!recent || inactive)
            continue; // an old key is judged in step 2; a disabled or expired one cannot be used
        findings.append(key.kind == u"web"_s ? sessionFinding(key, context) : recentKeyFinding(key, context));
    }
    bool reported = false;
    for (const AccountFinding& finding : std::as_const(findings))
        reported = reported || finding.inUse;
    if (reported)
        return findings;
    AccountFinding finding;
    finding.kindId = u"key-in-use"_s;
    finding.severity = u"info"_s;
    if (const KeyInfo* key = context.inUseKeyId.isEmpty() ? nullptr : inventory.findKey(context.inUseKeyId)) {
        finding = keyFinding(*key, context);
        finding.kindId = u"key-in-use"_s;
        finding.severity = u"info"_s;
        finding.title = KeyFindings::tr("You are using %1").arg(FindingText::key(*key, context.now));
        finding.detail =
            KeyFindings::tr("If this key leaked, whoever has it can use it until it is deleted.");
        finding.advice = KeyFindings::tr("Step 2 replaces it with a new key and deletes the old keys.");
    } else {
        // Nothing names the entry of a "key-" key (point 3): say so, never guess.
        finding.title =
            KeyFindings::tr("The program cannot tell which of your listed keys is the one you gave it");
        finding.detail = KeyFindings::tr(
            "Older keys (they start with \u201ckey-\u201d) do not show which entry of the key list is "
            "theirs, and neither does a key from another account.");
        finding.advice = KeyFindings::tr(
            "In step 2 you can pick it from the list (by its name, kind, role and creation date). Step 2 "
            "replaces it with a new key either way.");
    }
    findings.append(finding);
    return findings;
}
