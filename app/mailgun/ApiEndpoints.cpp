#include "mailgun/ApiEndpoints.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

int effectivePort(const QUrl& url)
{
    return url.port(url.scheme() == u"https"_s ? 443 : 80);
}

} // namespace

ApiEndpoints ApiEndpoints::production()
{
    return {QUrl(u"https://api.mailgun.net"_s), QUrl(u"https://api.eu.mailgun.net"_s)};
}

ApiEndpoints ApiEndpoints::both(const QUrl& base)
{
    return {base, base};
}

QString ApiEndpoints::problemWithBase(const QUrl& base)
{
    if (!base.isValid() || base.host().isEmpty())
        return QCoreApplication::translate("ApiEndpoints",
                                           "The server address \"%1\" is not a valid web address.")
            .arg(base.toString());
    if (base.scheme() == u"https"_s)
        return {};
    if (base.scheme() == u"http"_s && isLoopbackHost(base.host()))
        return {};
    if (base.scheme() == u"http"_s)
        return QCoreApplication::translate(
                   "ApiEndpoints",
                   "The server address \"%1\" is not secure. Use an address that starts with https://. "
                   "Plain http:// is only allowed for a server on this computer.")
            .arg(base.toString());
    return QCoreApplication::translate("ApiEndpoints", "The server address \"%1\" must start with https://.")
        .arg(base.toString());
}

QString ApiEndpoints::problem() const
{
    const QString usProblem = problemWithBase(us);
    return usProblem.isEmpty() ? problemWithBase(eu) : usProblem;
}

bool ApiEndpoints::isConfiguredOrigin(const QUrl& url) const
{
    for (const QUrl& base : {us, eu}) {
        if (url.scheme() == base.scheme() && url.host().compare(base.host(), Qt::CaseInsensitive) == 0 &&
            effectivePort(url) == effectivePort(base))
            return true;
    }
    return false;
}
