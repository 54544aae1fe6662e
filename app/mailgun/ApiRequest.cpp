#include "mailgun/ApiRequest.h"

using namespace Qt::StringLiterals;

ApiRequest ApiRequest::get(Region region, const QString& path, const QUrlQuery& query)
{
    ApiRequest request;
    request.region = region;
    request.path = path;
    request.query = query;
    return request;
}

ApiRequest ApiRequest::del(Region region, const QString& path, const QUrlQuery& query)
{
    ApiRequest request = get(region, path, query);
    request.method = "DELETE";
    return request;
}

ApiRequest ApiRequest::post(Region region, const QString& path, BodyEncoding encoding, const FormFields& form)
{
    ApiRequest request = get(region, path);
    request.method = "POST";
    request.encoding = encoding;
    request.form = form;
    return request;
}

ApiRequest ApiRequest::put(Region region, const QString& path, BodyEncoding encoding, const FormFields& form)
{
    ApiRequest request = post(region, path, encoding, form);
    request.method = "PUT";
    return request;
}

ApiRequest ApiRequest::postJson(Region region, const QString& path, const QJsonObject& json)
{
    ApiRequest request = post(region, path, BodyEncoding::Json);
    request.json = json;
    return request;
}

QString ApiRequest::describe() const
{
    const QString target = absoluteUrl.isValid() ? absoluteUrl.path() : path;
    return QString::fromLatin1(method) + u' ' + target + u" ("_s + regionId(region) + u')';
}

bool ApiRequest::isValidSubaccountId(const QString& id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            return false;
    }
    return true;
}
