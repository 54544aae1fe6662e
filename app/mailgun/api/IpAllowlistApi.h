#pragma once

#include "mailgun/Region.h"
#include "mailgun/api/ApiResult.h"
#include "mailgun/api/IpAllowlistEntry.h"

#include <QList>
#include <QString>

class MailgunClient;
class QObject;

// The account's IP allowlist (/v2/ip_whitelist). Every call answers with the whole list
// as it stands afterwards. Adding the first entry without this computer's own address
// locks the program out (401); callers must check that first.
class IpAllowlistApi
{
public:
    explicit IpAllowlistApi(MailgunClient& client, Region region = Region::Us);

    void list(const QObject* context, ApiCallback<QList<IpAllowlistEntry>> done);
    void add(const QString& address, const QString& description, const QObject* context,
             ApiCallback<QList<IpAllowlistEntry>> done);
    void remove(const QString& address, const QObject* context, ApiCallback<QList<IpAllowlistEntry>> done);

private:
    MailgunClient& m_client;
    Region m_region;
};
