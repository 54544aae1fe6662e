#include "recovery/SmtpLoginLoader.h"

#include "mailgun/MailgunClient.h"
#include "mailgun/SubaccountClients.h"
#include "mailgun/api/CredentialsApi.h"
#include "mailgun/api/DomainsApi.h"
#include "recovery/SmtpResetAnswers.h"

#include <QCoreApplication>

// The sentences keep the translation context "SmtpResetController", where they were first.

SmtpLoginLoader::SmtpLoginLoader(MailgunClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_subaccountClients(new SubaccountClients(client, this))
{}

void SmtpLoginLoader::start()
{
    m_rows.clear();
    m_unreadable.clear();
    m_pending = static_cast<int>(allRegions.size()) + 1;
    listSubaccounts();
    for (Region region : allRegions) {
        DomainsApi(*m_client).list(region, {}, this, [this, region](ApiResult<QList<Domain>> result) {
            if (!result.ok()) {
                if (SmtpResetAnswers::refusesEverything(result.error)) {
                    // The same answer will come for every request: stop with it.
                    m_pending = -1;
                    Q_EMIT refused(result.error);
                    return;
                }
                m_unreadable.append(
                    QCoreApplication::translate("SmtpResetController", "The domains in the %1 region: %2")
                        .arg(regionDisplayName(region), result.error.userMessage()));
                stepDone();
                return;
            }
            QStringList domains;
            for (const Domain& domain : std::as_const(result.value))
                domains.append(domain.name);
            listLogins(region, domains);
        });
    }
}

void SmtpLoginLoader::listLogins(Region region, const QStringList& domains)
{
    if (m_pending < 0)
        return;
    // One more step per domain; the region's own listing step is done now.
    m_pending += static_cast<int>(domains.size());
    stepDone();
    for (const QString& domain : domains) {
        CredentialsApi(*m_client).list(
            region, domain, this, [this, region, domain](ApiResult<QList<SmtpCredential>> result) {
                if (m_pending < 0)
                    return;
                if (!result.ok()) {
                    m_unreadable.append(
                        QCoreApplication::translate("SmtpResetController", "The SMTP logins of %1: %2")
                            .arg(domain, result.error.userMessage()));
                } else {
                    for (const SmtpCredential& credential : std::as_const(result.value))
                        m_rows.append(SmtpLoginRow::listed(region, domain, credential));
                }
                stepDone();
            });
    }
}

void SmtpLoginLoader::stepDone()
{
    if (m_pending < 0 || --m_pending > 0)
        return;
    const QList<SmtpLoginRow> rows = m_rows;
    m_rows.clear();
    Q_EMIT loaded(rows, m_unreadable);
}
