#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// The webhooks of one domain (GET /v3/domains/{d}/webhooks): for each event ("delivered",
// "permanent_fail", ...) the URLs Mailgun posts it to. Events with no URL are absent.
struct DomainWebhooks
{
    QMap<QString, QStringList> urlsByEvent;

    bool isEmpty() const { return urlsByEvent.isEmpty(); }
    // Every distinct URL, in event order.
    QStringList allUrls() const;

    // Reads the "webhooks" object. Entries written before Mailgun allowed several URLs
    // carry {"url": "..."} instead of {"urls": [...]}; both are read.
    static DomainWebhooks fromJson(const QJsonObject& webhooks);
    QJsonObject toJson() const;
};
