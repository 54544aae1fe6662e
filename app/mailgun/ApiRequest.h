#pragma once

#include "mailgun/ApiError.h"
#include "mailgun/Region.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

// How a request body is encoded. Mailgun's spec declares one per operation: multipart for
// keys and credentials, url-encoded for routes and v4 webhooks, JSON for analytics.
enum class BodyEncoding
{
    None,
    Multipart,
    UrlEncoded,
    Json
};

using FormFields = QList<QPair<QString, QString>>; // repeated names allowed, order kept

struct ApiRequest
{
    Region region = Region::Us;
    QByteArray method = "GET";
    QString path; // "/v4/domains", relative to the region's base
    QUrlQuery query;
    BodyEncoding encoding = BodyEncoding::None;
    FormFields form;
    QJsonObject json;
    // Set only to follow a URL taken from a response (paging). Credentials are sent with it
    // only if it points at a configured API server.
    QUrl absoluteUrl;
    // The subaccount this request acts for (header X-Mailgun-On-Behalf-Of); empty: the
    // account that owns the key. A client can set one for all its requests (setOnBehalfOf).
    QString onBehalfOf;

    static ApiRequest get(Region region, const QString& path, const QUrlQuery& query = {});
    static ApiRequest del(Region region, const QString& path, const QUrlQuery& query = {});
    static ApiRequest post(Region region, const QString& path, BodyEncoding encoding,
                           const FormFields& form = {});
    static ApiRequest put(Region region, const QString& path, BodyEncoding encoding,
                          const FormFields& form = {});
    static ApiRequest postJson(Region region, const QString& path, const QJsonObject& json);

    // GET, PUT and DELETE may be repeated safely; a POST that creates something may not.
    bool isIdempotent() const { return method != "POST"; }
    // For messages and logs: method and path, never the body (it may hold a secret).
    QString describe() const;
    // A subaccount id that may go into the header: letters, digits, '-' and '_' only, so a
    // hostile id from the account can never add a header line.
    static bool isValidSubaccountId(const QString& id);
};

struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    QJsonValue json; // the parsed body, Undefined when it was not JSON
    ApiError error;
    int attempts = 0; // how many times the request was sent

    bool ok() const { return !error.isError(); }
    QJsonObject object() const { return json.toObject(); }
};
