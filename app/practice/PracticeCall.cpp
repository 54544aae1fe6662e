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

std::optional<PracticeResponse> PracticeCall::readForm(PracticeForm* form) const
{
    if (!PracticeForm::parse(request, form))
        return PracticeResponse::message(400, u"Could not read the request body"_s);
    return std::nullopt;
}

std::optional<PracticeResponse> PracticeCall::readForm(PracticeForm* form, const QString& required,
                                                       const QString& missing) const
{
    if (auto refusal = readForm(form))
        return refusal;
    if (form->value(required).isEmpty())
        return PracticeResponse::message(400, missing);
    return std::nullopt;
}

std::optional<PracticeResponse> PracticeCall::readPaging(PracticePaging* paging, const QString& refusal) const
{
    if (!PracticePaging::read(request.query, 100, 1000, paging))
        return PracticeResponse::message(400, refusal);
    return std::nullopt;
}
