#include "mailgun/api/ApiCall.h"

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
