#pragma once

#include "mailgun/Region.h"
#include "mailgun/api/ApiResult.h"
#include "secrets/Secret.h"

class MailgunClient;
class QObject;

// The HTTP webhook signing key (/v5/accounts/http_signing_key). Anyone who read it can
// forge webhook calls to the admin's applications, so recovery regenerates it.
class SigningKeyApi
{
public:
    explicit SigningKeyApi(MailgunClient& client, Region region = Region::Us);

    void get(const QObject* context, ApiCallback<Secret> done);
    void regenerate(const QObject* context, ApiCallback<Secret> done);

private:
    MailgunClient& m_client;
    Region m_region;
};
