// SmtpLoginLoader, continued: the SMTP logins of the subaccounts. Mailgun's list of the
// account's domains with include_subaccounts=true names the subaccount of each of theirs
// (subaccount_id); their logins are then read on the subaccount's behalf. Nothing public says
// the credentials endpoint honours X-Mailgun-On-Behalf-Of, but a subaccount's domain is not
// the account's own, so an answer for it cannot be the account's.
#include "mailgun/MailgunClient.h"
#include "mailgun/SubaccountClients.h"
#include "mailgun/UntrustedText.h"
#include "mailgun/api/CredentialsApi.h"
#include "mailgun/api/DomainsApi.h"
#include "mailgun/api/SubaccountsApi.h"
#include "recovery/SmtpLoginLoader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// The sentences keep the translation context "SmtpResetController", like the loader's.

void SmtpLoginLoader::listSubaccounts()
{
    SubaccountsApi(*m_client).list(this, [this](ApiResult<QList<Subaccount>> result) {
        if (m_pending < 0)
            return;
        if (!result.ok()) {
            // 404: the plan has no subaccounts at all.
            if (result.error.kind != ApiError::Kind::NotFound)
                m_unreadable.append(QCoreApplication::translate("SmtpResetController", "The subaccounts: %1")
                                        .arg(result.error.userMessage()));
            stepDone();
            return;
        }
        QHash<QString, QString> open; // id -> name
        for (const Subaccount& sub : std::as_const(result.value)) {
            if (sub.status == u"open"_s)
                open.insert(sub.id, sub.name);
            else if (sub.status == u"disabled"_s)
                m_unreadable.append(
                    QCoreApplication::translate("SmtpResetController",
                                                "The subaccount \u201c%1\u201d is disabled, so "
                                                "its SMTP logins were left as they are.")
                        .arg(UntrustedText::forDisplay(sub.name)));
        }
        if (!open.isEmpty())
            listSubaccountDomains(open);
        stepDone();
    });
}

void SmtpLoginLoader::listSubaccountDomains(const QHash<QString, QString>& openNames)
{
    m_pending += static_cast<int>(allRegions.size());
    for (Region region : allRegions) {
        DomainFilter filter;
        filter.includeSubaccounts = true;
        DomainsApi(*m_client).list(
            region, filter, this, [this, region, openNames](ApiResult<QList<Domain>> result) {
                if (m_pending < 0)
                    return;
                if (!result.ok()) {
                    m_unreadable.append(
                        QCoreApplication::translate("SmtpResetController",
                                                    "The subaccounts' domains in the %1 region: %2")
                            .arg(regionDisplayName(region), result.error.userMessage()));
                    stepDone();
                    return;
                }
                for (const Domain& domain : std::as_const(result.value)) {
                    if (openNames.contains(domain.subaccountId))
                        listSubaccountLogins(region, domain.name, domain.subaccountId,
                                             openNames.value(domain.subaccountId));
                }
                stepDone();
            });
    }
}

void SmtpLoginLoader::listSubaccountLogins(Region region, const QString& domain, const QString& subaccountId,
                                           const QString& subaccountName)
{
    MailgunClient* client = m_subaccountClients->client(subaccountId);
    if (!client) {
        m_unreadable.append(QCoreApplication::translate("SmtpResetController",
                                                        "The SMTP logins of %1 (subaccount \u201c%2\u201d)")
                                .arg(domain, UntrustedText::forDisplay(subaccountName)));
        return;
    }
    ++m_pending;
    CredentialsApi(*client).list(
        region, domain, this,
        [this, region, domain, subaccountId, subaccountName](ApiResult<QList<SmtpCredential>> result) {
            if (m_pending < 0)
                return;
            if (!result.ok()) {
                m_unreadable.append(
                    QCoreApplication::translate("SmtpResetController", "The SMTP logins of %1 (subaccount "
                                                                       "\u201c%2\u201d): %3")
                        .arg(domain, UntrustedText::forDisplay(subaccountName), result.error.userMessage()));
            } else {
                for (const SmtpCredential& credential : std::as_const(result.value))
                    m_rows.append(
                        SmtpLoginRow::listed(region, domain, credential, subaccountId, subaccountName));
            }
            stepDone();
        });
}
