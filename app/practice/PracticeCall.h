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
};

using PracticeRouteResult = std::optional<PracticeResponse>;

inline PracticeResponse practiceMethodNotAllowed()
{
    return PracticeResponse::message(405, QStringLiteral("Method not allowed"));
}

inline PracticeResponse practiceBadForm()
{
    return PracticeResponse::message(400, QStringLiteral("Could not read the request body"));
}
