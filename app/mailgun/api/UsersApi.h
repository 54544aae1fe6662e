#pragma once

#include "mailgun/Region.h"
#include "mailgun/api/AccountUser.h"
#include "mailgun/api/ApiResult.h"

#include <QList>
#include <QString>

class MailgunClient;
class QObject;

// Account users (/v5/users): read-only in the API. Users are global, one region serves.
class UsersApi
{
public:
    explicit UsersApi(MailgunClient& client, Region region = Region::Us);

    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    void list(const QObject* context, ApiCallback<QList<AccountUser>> done);
    void get(const QString& userId, const QObject* context, ApiCallback<AccountUser> done);

private:
    MailgunClient& m_client;
    Region m_region;
    int m_pageSize = 100;
};
