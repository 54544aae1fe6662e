#pragma once

#include "mailgun/MailgunClient.h"
#include "mailgun/api/ApiResult.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>
#include <type_traits>

// Glue shared by the typed API classes: send one request or fetch every page, and turn the
// generic response into an ApiResult. Internal to app/mailgun/api.

// The error for a 2xx answer whose body is not what the spec promises.
ApiError badResponseError(const ApiResponse& response);

// The "filter" of the analytics APIs (metrics, logs) that keeps only these domains:
// {"AND": [{"attribute": "domain", "comparator": "=", "values": [{"label", "value"}...]}]}.
QJsonObject analyticsDomainFilter(const QStringList& domains);

// The "start" and "end" of an analytics request (RFC 2822), each only when valid: Mailgun
// chooses the missing ones.
void insertAnalyticsWindow(QJsonObject& body, const QDateTime& start, const QDateTime& end);

// Sends `request`; on success `parse` reads the JSON object body. `parse` returns T, or
// std::optional<T> when the body can be unusable (then the call fails with BadResponse).
template <class T, class Parse>
void sendParsed(MailgunClient& client, const ApiRequest& request, const QObject* context, ApiCallback<T> done,
                Parse parse)
{
    client.send(
        request, context, [done = std::move(done), parse = std::move(parse)](const ApiResponse& response) {
            if (!response.ok()) {
                done(ApiResult<T>::failure(response.error));
                return;
            }
            if (!response.json.isObject()) {
                done(ApiResult<T>::failure(badResponseError(response)));
                return;
            }
            if constexpr (std::is_same_v<std::invoke_result_t<Parse, const QJsonObject&>, std::optional<T>>) {
                std::optional<T> value = parse(response.object());
                if (!value) {
                    done(ApiResult<T>::failure(badResponseError(response)));
                    return;
                }
                done(ApiResult<T>::success(std::move(*value)));
            } else {
                done(ApiResult<T>::success(parse(response.object())));
            }
        });
}

// Sends a request whose answer is only a confirmation; the result is Mailgun's message
// ("key deleted"), empty when the answer had no body (204).
void sendForMessage(MailgunClient& client, const ApiRequest& request, const QObject* context,
                    ApiCallback<QString> done);

// Fetches every page of a skip/limit list and parses each item with T::fromJson.
template <class T>
void fetchAllParsed(MailgunClient& client, Region region, const QString& path, const QUrlQuery& query,
                    const QString& itemsField, const QString& totalField, int pageSize,
                    const QObject* context, ApiCallback<QList<T>> done)
{
    client.fetchAllPages(region, path, query, itemsField, totalField, pageSize, context,
                         [done = std::move(done)](const QList<QJsonObject>& items, const ApiError& error) {
                             if (error.isError()) {
                                 done(ApiResult<QList<T>>::failure(error));
                                 return;
                             }
                             QList<T> parsed;
                             parsed.reserve(items.size());
                             for (const QJsonObject& item : items)
                                 parsed.append(T::fromJson(item));
                             done(ApiResult<QList<T>>::success(std::move(parsed)));
                         });
}

// Parses every object of `array` with T::fromJson.
template <class T>
QList<T> parseList(const QJsonValue& array)
{
    QList<T> parsed;
    const QJsonArray items = array.toArray();
    parsed.reserve(items.size());
    for (const QJsonValue& item : items)
        parsed.append(T::fromJson(item.toObject()));
    return parsed;
}

// A POST that Mailgun answers page by page (the analytics logs and metrics): who asks,
// where, what is sent (`Request`) and what has come so far (`result`). Every page's
// callback shares it.
template <class Result, class Request>
struct PagedFetch
{
    MailgunClient* client = nullptr;
    Region region = Region::Us;
    Request request;
    QPointer<const QObject> context;
    ApiCallback<Result> done;
    Result result;
    int pages = 0;

    static std::shared_ptr<PagedFetch> start(MailgunClient& client, Region region, Request request,
                                             const QObject* context, ApiCallback<Result> done)
    {
        auto fetch = std::make_shared<PagedFetch>();
        fetch->client = &client;
        fetch->region = region;
        fetch->request = std::move(request);
        fetch->context = context;
        fetch->done = std::move(done);
        return fetch;
    }

    // Posts `body` for the next page. A failed request, or an answer that is not a JSON
    // object or that `page` finds unusable (it returns false), ends the fetch with the error.
    template <class Page>
    static void post(const std::shared_ptr<PagedFetch>& fetch, const QString& path, const QJsonObject& body,
                     Page page)
    {
        ++fetch->pages;
        fetch->client->send(ApiRequest::postJson(fetch->region, path, body), fetch->context,
                            [fetch, page = std::move(page)](const ApiResponse& response) {
                                if (!response.ok()) {
                                    fetch->done(ApiResult<Result>::failure(response.error));
                                    return;
                                }
                                if (!response.json.isObject() || !page(response.object())) {
                                    fetch->done(ApiResult<Result>::failure(badResponseError(response)));
                                    return;
                                }
                            });
    }
};
