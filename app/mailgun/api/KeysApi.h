#pragma once

#include "mailgun/Region.h"
#include "mailgun/api/ApiResult.h"
#include "mailgun/api/KeyInfo.h"

#include <QList>
#include <QString>

class MailgunClient;
class QObject;

// What POST /v1/keys is asked to create.
struct NewKeySpec
{
    QString role = QStringLiteral("admin"); // admin, basic, sending, developer
    QString kind = QStringLiteral("user");  // domain, user, web
    QString description;                    // carries the orphan marker (see DESIGN.md)
    qint64 expirationSeconds = 0;           // 0: never expires
    QString domainName;                     // required for kind "domain"
};

// The Keys API (/v1/keys). Keys are global, so one region serves them all.
class KeysApi
{
public:
    explicit KeysApi(MailgunClient& client, Region region = Region::Us);

    // Every key of the account; `kind` and `domainName` filter when not empty.
    void list(const QString& kind, const QString& domainName, const QObject* context,
              ApiCallback<QList<KeyInfo>> done);
    // Creates a key and hands over its secret, which Mailgun shows only this once. A 2xx
    // answer without a secret fails with BadResponse: the key then exists but is useless,
    // and the caller finds it by the marker in its description and deletes it.
    // Never retried blindly (it is a POST).
    void create(const NewKeySpec& spec, const QObject* context, ApiCallback<CreatedKey> done);
    // Mailgun's confirmation message on success.
    void remove(const QString& keyId, const QObject* context, ApiCallback<QString> done);
    // The new public (validation) key, "pubkey-...".
    void regeneratePublicKey(const QObject* context, ApiCallback<Secret> done);

private:
    MailgunClient& m_client;
    Region m_region;
};
