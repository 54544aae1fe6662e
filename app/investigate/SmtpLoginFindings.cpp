#include "investigate/SmtpLoginFindings.h"

#include "investigate/FindingText.h"

using namespace Qt::StringLiterals;

QList<AccountFinding> SmtpLoginFindings::find(const AccountInventory& inventory, const ReviewContext& context)
{
    QList<AccountFinding> findings;
    for (Region region : allRegions) {
        const RegionInventory& data = inventory.region(region);
        for (const Domain& domain : data.domains) {
            const QList<SmtpCredential> logins = data.credentials.value(domain.name);
            for (const SmtpCredential& login : logins) {
                if (!context.isRecent(login.createdAt))
                    continue;
                AccountFinding finding;
                finding.kindId = u"recent-smtp-login"_s;
                finding.severity = u"high"_s;
                finding.region = region;
                finding.objectId = login.login;
                finding.createdAt = login.createdAt;
                finding.title = tr("An SMTP login %1 was created %2, after the incident started")
                                    .arg(login.login, FindingText::age(login.createdAt, context.now));
                finding.detail =
                    tr("An SMTP login is a user name and password that programs use to send mail from %1 "
                       "through Mailgun's mail servers (%2). One made after the incident started may "
                       "belong to the intruder, and it keeps working after the API key is changed.")
                        .arg(domain.name, regionDisplayName(region));
                finding.advice = tr("If nobody at your company made it, delete it in step 3.");
                findings.append(finding);
            }
        }
    }
    return findings;
}
