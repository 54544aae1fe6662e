#include "investigate/AccountFinding.h"

#include "mailgun/UntrustedText.h"
#include "mailgun/api/MailgunDates.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

int AccountFinding::severityRank(const QString& severity)
{
    static const QStringList order{u"info"_s, u"low"_s, u"medium"_s, u"high"_s, u"critical"_s};
    return int(order.indexOf(severity));
}

void AccountFinding::sortBySeverity(QList<AccountFinding>& findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const AccountFinding& a, const AccountFinding& b) {
        const int rankA = severityRank(a.severity);
        const int rankB = severityRank(b.severity);
        if (rankA != rankB)
            return rankA > rankB;
        if (a.createdAt.isValid() != b.createdAt.isValid())
            return a.createdAt.isValid();
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.title < b.title;
    });
}

void AccountFinding::makeAccountTextSafe(QList<AccountFinding>& findings)
{
    for (AccountFinding& finding : findings) {
        finding.title = UntrustedText::forDisplay(finding.title);
        finding.detail = UntrustedText::forDisplay(finding.detail);
        finding.advice = UntrustedText::forDisplay(finding.advice);
    }
}

QJsonObject AccountFinding::toJson() const
{
    QJsonObject object{{u"kind"_s, kindId},
                       {u"severity"_s, severity},
                       {u"region"_s, regionId(region)},
                       {u"title"_s, title},
                       {u"detail"_s, detail},
                       {u"advice"_s, advice},
                       {u"object_id"_s, UntrustedText::maskUrlCredentials(objectId)},
                       {u"created_at"_s, MailgunDates::toJson(createdAt)},
                       {u"key_id"_s, keyId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(keyId)}};
    if (inUse)
        object.insert(u"in_use"_s, true);
    return object;
}

bool AccountFinding::isAccountWide() const
{
    static const QStringList kinds{
        u"recent-key"_s, u"unknown-requestor-key"_s, u"key-in-use"_s,   u"recent-login-session"_s,
        u"subaccount"_s, u"ip-allowlist"_s,          u"sending-spike"_s};
    return kinds.contains(kindId);
}

FindingRecord AccountFinding::record() const
{
    FindingRecord record = FindingRecord::of(u"account"_s, kindId, title, severity);
    const QString where = isAccountWide() ? QString() : regionId(region).toUpper();
    const QString object = UntrustedText::forDisplay(objectId);
    record.location =
        where.isEmpty() || object.isEmpty() ? QString(where + object) : where + u": "_s + object;
    record.advice = advice;
    record.keyId = keyId;
    if (inUse)
        record.match = u"in-use"_s;
    return record;
}
