#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// A request as the practice server saw it, copied out of QHttpServerRequest so that it can
// outlive the socket's read buffer (delayed answers) and be handled without QtHttpServer.
struct PracticeHttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded, "/v3/domains/mg.example.com/credentials/postmaster@mg.example.com"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent
    QByteArray mediaType() const;                    // Content-Type without parameters, lower case
    QStringList segments() const;                    // path split on '/', without empty parts
    QString queryValue(const QString& name) const;
    QStringList queryValues(const QString& name) const;
};

// Form fields of a request body, with repeated names, whichever encoding the client used.
class PracticeForm
{
public:
    // Reads multipart/form-data or application/x-www-form-urlencoded; returns false (and an
    // empty form) for a body it cannot read.
    static bool parse(const PracticeHttpRequest& request, PracticeForm* form);

    bool contains(const QString& name) const;
    QString value(const QString& name) const;
    QStringList values(const QString& name) const;
    const QList<QPair<QString, QString>>& fields() const { return m_fields; }

private:
    QList<QPair<QString, QString>> m_fields;
};

struct PracticeResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static PracticeResponse json(const QJsonObject& object, int status = 200);
    // Mailgun's usual error and acknowledgement shape: {"message": "..."}.
    static PracticeResponse message(int status, const QString& text);
};

// skip/limit query paging shared by list endpoints. Returns false with `error` set when the
// limit is out of range.
struct PracticePaging
{
    int skip = 0;
    int limit = 100;

    static bool read(const QUrlQuery& query, int defaultLimit, int maxLimit, PracticePaging* paging);
    template <typename List>
    List slice(const List& all) const
    {
        return skip >= all.size() ? List() : all.mid(skip, limit);
    }
    // The items of the page, each as `toJson` writes it, in the order of `all`.
    template <typename List, typename ToJson>
    QJsonArray page(const List& all, ToJson toJson) const
    {
        QJsonArray items;
        for (const auto& item : slice(all))
            items.append(toJson(item));
        return items;
    }
};
