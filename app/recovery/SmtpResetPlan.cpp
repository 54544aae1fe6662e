#include "recovery/SmtpResetPlan.h"

#include "mailgun/UntrustedText.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

SmtpLoginRow SmtpLoginRow::listed(Region region, const QString& domain, const SmtpCredential& credential,
                                  const QString& subaccountId, const QString& subaccountName)
{
    SmtpLoginRow row;
    row.region = region;
    row.domain = domain;
    row.login = credential.login;
    row.createdAt = credential.createdAt;
    row.subaccountId = subaccountId;
    row.subaccountName = subaccountName;
    return row;
}

bool SmtpLoginRow::isPostmaster() const
{
    return login.startsWith(u"postmaster@"_s, Qt::CaseInsensitive);
}

QString SmtpLoginRow::shownLogin() const
{
    if (!isSubaccounts())
        return login;
    const QString name = UntrustedText::forDisplay(subaccountName.isEmpty() ? subaccountId : subaccountName);
    return QCoreApplication::translate("SmtpLoginRow", "%1 (subaccount \u201c%2\u201d)").arg(login, name);
}

QString SmtpLoginRow::rowKey(Region region, const QString& login)
{
    return regionId(region) + u':' + login.toLower();
}

SmtpResetPlan SmtpResetPlan::build(QList<SmtpLoginRow> rows, const QDateTime& incidentStart)
{
    for (SmtpLoginRow& row : rows)
        row.recent = incidentStart.isValid() && row.createdAt.isValid() && row.createdAt > incidentStart;
    std::sort(rows.begin(), rows.end(), [](const SmtpLoginRow& a, const SmtpLoginRow& b) {
        if (a.isSubaccounts() != b.isSubaccounts())
            return !a.isSubaccounts();
        if (a.region != b.region)
            return a.region < b.region;
        if (a.domain != b.domain)
            return a.domain < b.domain;
        return a.login < b.login;
    });
    SmtpResetPlan plan;
    plan.rows = std::move(rows);
    return plan;
}

bool SmtpResetPlan::setDelete(const QString& key, bool remove)
{
    const int at = index(key);
    if (at < 0)
        return false;
    SmtpLoginRow& row = rows[at];
    if (remove && row.isPostmaster())
        return false;
    row.action = remove ? SmtpLoginRow::Action::Delete : SmtpLoginRow::Action::NewPassword;
    return true;
}

int SmtpResetPlan::index(const QString& key) const
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).key() == key)
            return i;
    }
    return -1;
}

int SmtpResetPlan::count(SmtpLoginRow::Action action) const
{
    return static_cast<int>(std::count_if(
        rows.cbegin(), rows.cend(), [action](const SmtpLoginRow& row) { return row.action == action; }));
}

void SmtpResetPlan::restrictToDomains(const QStringList& domains)
{
    if (domains.isEmpty())
        return;
    QSet<QString> wanted;
    for (const QString& domain : domains)
        wanted.insert(domain.toLower());
    rows.removeIf([&wanted](const SmtpLoginRow& row) { return !wanted.contains(row.domain.toLower()); });
}
