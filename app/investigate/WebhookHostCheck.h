#pragma once

#include <QString>
#include <QStringList>

// Whether a web address or a mail address belongs to the account's owner: its host is
// under the registrable name of one of the account's own sending domains. A webhook to
// hooks.<company> is theirs; one to an unrelated host sends their mail events to someone else.
class WebhookHostCheck
{
public:
    // `ownDomains`: the account's domain names (both regions), e.g. "mg.northwind-outfitters.com".
    explicit WebhookHostCheck(const QStringList& ownDomains = {});

    const QStringList& registrableNames() const { return m_registrable; }
    bool isOwnHost(const QString& host) const;
    // A URL ("https://hooks.example.com/x") or a mail address ("someone@example.com").
    bool isOwn(const QString& urlOrAddress) const;

    // The host of a URL or the domain of a mail address, lower-case; empty when neither.
    static QString hostOf(const QString& urlOrAddress);

private:
    QStringList m_registrable;
};
