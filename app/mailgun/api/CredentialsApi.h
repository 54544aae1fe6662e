#pragma once

#include "mailgun/Region.h"
#include "mailgun/api/ApiResult.h"
#include "mailgun/api/SmtpCredential.h"

#include <QList>
#include <QString>

class MailgunClient;
class QObject;

// SMTP credentials of one domain (/v3/domains/{domain}/credentials), per region.
// `login` is always the full address as the API lists it ("postmaster@mg.example.com").
class CredentialsApi
{
public:
    explicit CredentialsApi(MailgunClient& client);

    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    void list(Region region, const QString& domain, const QObject* context,
              ApiCallback<QList<SmtpCredential>> done);
    // An empty `password` lets Mailgun generate one; it comes back in the result, once.
    void create(Region region, const QString& domain, const QString& login, const Secret& password,
                const QObject* context, ApiCallback<CredentialChange> done);
    void changePassword(Region region, const QString& domain, const QString& login, const Secret& password,
                        const QObject* context, ApiCallback<CredentialChange> done);
    // Mailgun refuses (400) to delete the postmaster login; rotate its password instead.
    void remove(Region region, const QString& domain, const QString& login, const QObject* context,
                ApiCallback<QString> done);

private:
    MailgunClient& m_client;
    int m_pageSize = 100;
};
