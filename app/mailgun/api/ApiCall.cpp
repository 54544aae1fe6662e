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
