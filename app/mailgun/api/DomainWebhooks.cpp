#include "mailgun/api/DomainWebhooks.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QStringList DomainWebhooks::allUrls() const
{
    QStringList urls;
    for (const QStringList& eventUrls : urlsByEvent) {
        for (const QString& url : eventUrls) {
            if (!urls.contains(url))
                urls.append(url);
        }
    }
    return urls;
}

DomainWebhooks DomainWebhooks::fromJson(const QJsonObject& webhooks)
{
    DomainWebhooks result;
    for (auto it = webhooks.begin(); it != webhooks.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        QStringList urls;
        const QJsonArray list = entry.value(u"urls"_s).toArray();
        for (const QJsonValue& url : list) {
            if (!url.toString().isEmpty())
                urls.append(url.toString());
        }
        const QString legacy = entry.value(u"url"_s).toString();
        if (!legacy.isEmpty() && !urls.contains(legacy))
            urls.append(legacy);
        if (!urls.isEmpty())
            result.urlsByEvent.insert(it.key(), urls);
    }
    return result;
}

QJsonObject DomainWebhooks::toJson() const
{
    QJsonObject object;
    for (auto it = urlsByEvent.cbegin(); it != urlsByEvent.cend(); ++it)
        object.insert(it.key(), QJsonObject{{u"urls"_s, QJsonArray::fromStringList(it.value())}});
    return object;
}
