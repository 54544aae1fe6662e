#include "investigate/WebhookHostCheck.h"

#include "investigate/RegistrableDomain.h"

#include <QUrl>

using namespace Qt::StringLiterals;

WebhookHostCheck::WebhookHostCheck(const QStringList& ownDomains)
{
    for (const QString& domain : ownDomains) {
        const QString registrable = RegistrableDomain::of(domain);
        if (!registrable.isEmpty() && !m_registrable.contains(registrable))
            m_registrable.append(registrable);
    }
}

bool WebhookHostCheck::isOwnHost(const QString& host) const
{
    if (host.isEmpty())
        return false;
    for (const QString& registrable : m_registrable) {
        if (RegistrableDomain::isUnder(host, registrable))
            return true;
    }
    return false;
}

bool WebhookHostCheck::isOwn(const QString& urlOrAddress) const
{
    return isOwnHost(hostOf(urlOrAddress));
}

QString WebhookHostCheck::hostOf(const QString& urlOrAddress)
{
    const QString text = urlOrAddress.trimmed();
    if (text.contains(u"://"_s)) {
        const QUrl url(text);
        return url.isValid() ? url.host().toLower() : QString();
    }
    // A mail address, possibly with a display name: "Name <someone@example.com>".
    QString address = text;
    const qsizetype open = address.indexOf(u'<');
    if (open >= 0)
        address = address.mid(open + 1).section(u'>', 0, 0);
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return {};
    return address.mid(at + 1).trimmed().toLower();
}
