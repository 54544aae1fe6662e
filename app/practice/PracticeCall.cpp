#include "practice/PracticeCall.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

std::optional<PracticeResponse> PracticeCall::readJsonBody(QJsonObject* body) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!request.body.isEmpty() && !document.isObject())
        return PracticeResponse::message(400, u"Invalid JSON body: "_s + parseError.errorString());
    *body = document.object();
    return std::nullopt;
}
