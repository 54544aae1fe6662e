#pragma once

#include "practice/PracticeHttp.h"
#include "practice/PracticeModel.h"
#include "practice/PracticeRegion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

class PracticeAccount;

// One authenticated request on its way to a route handler. Each handler family answers the
// paths it owns and returns nothing for the others, so the dispatcher can try them in turn.
struct PracticeCall
{
    PracticeRegion region;
    const PracticeHttpRequest& request;
    QStringList segments;
    PracticeAccount& account;
    const PracticeKey& key;
    QDateTime now;

    const QByteArray& method() const { return request.method; }
    bool is(const char* verb) const { return request.method == verb; }
    // The JSON object body of the analytics APIs (an empty body reads as {}); the 400 Mailgun
    // gives when the body is not a JSON object.
    std::optional<PracticeResponse> readJsonBody(QJsonObject* body) const;
    // The form body; the 400 when it cannot be read. No public source shows Mailgun's answer
    // to a body it cannot read: the status is the OAS's for a bad request, the wording is ours.
    // The program shows any 400's message as it comes and never matches on its words.
    std::optional<PracticeResponse> readForm(PracticeForm* form) const;
    // The form body of a request that cannot do without the field `required`; the 400 when it
    // cannot be read, or with `missing` (each route's own Mailgun wording) when the field is
    // absent or empty. Only the allowlist's wording is public (OAS /v3/{domain_name}/whitelists,
    // 400 "Missing mandatory parameter: address/domain"); the others follow its pattern.
    std::optional<PracticeResponse> readForm(PracticeForm* form, const QString& required,
                                             const QString& missing) const;
    // The skip/limit paging of a list route (100 items unless asked, at most 1000); the 400 with
    // `refusal` (each route's own Mailgun wording) when the limit is out of range. Defaults and
    // caps: ../shared/reference/mailgun-api.md, paging table (OAS, mailgun-php Domain::index).
    std::optional<PracticeResponse> readPaging(PracticePaging* paging, const QString& refusal) const;
};

using PracticeRouteResult = std::optional<PracticeResponse>;

inline PracticeResponse practiceMethodNotAllowed()
{
    return PracticeResponse::message(405, QStringLiteral("Method not allowed"));
}
