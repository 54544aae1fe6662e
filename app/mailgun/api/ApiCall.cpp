#include "mailgun/api/ApiCall.h"

#include "mailgun/api/MailgunDates.h"

using namespace Qt::StringLiterals;

ApiError badResponseError(const ApiResponse& response)
{
    ApiError error;
    error.kind = ApiError::Kind::BadResponse;
    error.httpStatus = response.httpStatus;
    error.serverMessage = ApiError::extractServerMessage(response.body);
    return error;
}

void sendForMessage(MailgunClient& client, const ApiRequest& request, const QObject* context,
                    ApiCallback<QString> done)
{
    client.send(request, context, [done = std::move(done)](const ApiResponse& response) {
        if (!response.ok()) {
            done(ApiResult<QString>::failure(response.error));
            return;
        }
        done(ApiResult<QString>::success(response.object().value(u"message"_s).toString()));
    });
}

QJsonObject analyticsDomainFilter(const QStringList& domains)
{
    QJsonArray values;
    for (const QString& domain : domains)
        values.append(QJsonObject{{u"label"_s, domain}, {u"value"_s, domain}});
    const QJsonObject condition{
        {u"attribute"_s, u"domain"_s}, {u"comparator"_s, u"="_s}, {u"values"_s, values}};
    return QJsonObject{{u"AND"_s, QJsonArray{condition}}};
}

void insertAnalyticsWindow(QJsonObject& body, const QDateTime& start, const QDateTime& end)
{
    if (start.isValid())
        body.insert(u"start"_s, MailgunDates::toRfc2822(start));
    if (end.isValid())
        body.insert(u"end"_s, MailgunDates::toRfc2822(end));
}
