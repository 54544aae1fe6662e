#include "investigate/SendAttribution.h"

#include "investigate/FindingText.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

void count(QList<SendAttribution::Share>& shares, const QString& id)
{
    if (id.isEmpty())
        return;
    for (SendAttribution::Share& share : shares) {
        if (share.id == id) {
            ++share.count;
            return;
        }
    }
    shares.append({id, 1});
}

void sortShares(QList<SendAttribution::Share>& shares)
{
    std::stable_sort(
        shares.begin(), shares.end(),
        [](const SendAttribution::Share& a, const SendAttribution::Share& b) { return a.count > b.count; });
}

// "Most" means more than half of the sends read.
bool isMost(qint64 part, qint64 whole)
{
    return whole > 0 && part * 2 > whole;
}

} // namespace

void SendAttribution::add(const QList<LogEvent>& events)
{
    for (const LogEvent& event : events) {
        ++sampled;
        const bool smtp = event.method.compare(u"smtp"_s, Qt::CaseInsensitive) == 0;
        if (smtp) {
            ++viaSmtp;
            count(bySmtpSender, event.sender);
        } else {
            ++viaApi;
            count(byKey, event.apiKeyId);
        }
        count(byIp, event.originatingIp);
    }
}

void SendAttribution::sort()
{
    sortShares(byKey);
    sortShares(byIp);
    sortShares(bySmtpSender);
}

QString SendAttribution::describeKey(const QString& keyId, const AccountInventory& inventory,
                                     const ReviewContext& context)
{
    if (keyId == context.inUseKeyId && !keyId.isEmpty())
        return tr("the key you are using");
    if (const KeyInfo* key = inventory.findKey(keyId))
        return FindingText::key(*key, context.now);
    if (!inventory.keysRead)
        return tr("the key %1").arg(keyId);
    return tr("a key that no longer exists (%1)").arg(keyId);
}

QString SendAttribution::summary() const
{
    QString text = tr("Of %Ln message(s) read from the logs (%1 to %2), %3 were sent through the API and %4 "
                      "through SMTP.",
                      nullptr, int(sampled))
                       .arg(FindingText::dateTime(from), FindingText::dateTime(to),
                            FindingText::count(viaApi), FindingText::count(viaSmtp));
    if (truncated)
        text += u' ' + tr("Only the newest messages were read: the window held more.");
    return text;
}

QList<AccountFinding> SendAttribution::findings(const AccountInventory& inventory,
                                                const ReviewContext& context) const
{
    QList<AccountFinding> findings;
    if (sampled == 0)
        return findings;
    // The key, login or address that sent most of the sampled mail, when one did.
    const auto topOf = [this](const QList<Share>& shares) -> const Share* {
        return !shares.isEmpty() && isMost(shares.constFirst().count, sampled) ? &shares.constFirst()
                                                                               : nullptr;
    };
    // `title` takes the count, the sample size and who sent it.
    const auto mostSentBy = [this](const QString& kindId, const QString& severity, const Share& top,
                                   const QString& title, const QString& sender, const QString& advice) {
        AccountFinding finding;
        finding.kindId = kindId;
        finding.severity = severity;
        finding.objectId = top.id;
        finding.title = title.arg(FindingText::count(top.count), FindingText::count(sampled), sender);
        finding.detail = summary();
        finding.advice = advice;
        return finding;
    };
    if (const Share* top = topOf(byKey)) {
        const KeyInfo* key = inventory.findKey(top->id);
        // Judged by what Mailgun itself records: gone, or made since the incident began. The
        // requestor is not a clue either way: whoever makes a key writes it (POST /v1/keys
        // takes `email`; docs/mailgun-behaviour.md, point 5).
        const bool suspicious = !key || context.isRecent(key->createdAt);
        AccountFinding finding = mostSentBy(
            u"sends-by-key"_s, suspicious ? u"critical"_s : u"high"_s, *top,
            tr("Most of the mail (%1 of %2) was sent with %3"), describeKey(top->id, inventory, context),
            key ? tr("Delete this key (step 2) unless you know the program that uses it.")
                : tr("The key is already gone. Tell Mailgun support about these sends."));
        finding.keyId = top->id;
        finding.inUse = top->id == context.inUseKeyId;
        finding.createdAt = key ? key->createdAt : QDateTime();
        findings.append(finding);
    }
    if (const Share* top = topOf(bySmtpSender)) {
        findings.append(mostSentBy(
            u"sends-by-login"_s, u"high"_s, *top,
            tr("Most of the mail (%1 of %2) was sent through SMTP as %3"), top->id,
            tr("Give every SMTP login a new password and delete the ones nobody knows (step 3).")));
    }
    if (const Share* top = topOf(byIp)) {
        findings.append(
            mostSentBy(u"sends-from-ip"_s, u"medium"_s, *top,
                       tr("Most of the mail (%1 of %2) came from the internet address %3"), top->id,
                       tr("If this address is not one of your servers, give it to Mailgun support and to "
                          "your hosting provider.")));
    }
    return findings;
}
