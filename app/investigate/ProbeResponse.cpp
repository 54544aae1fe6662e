#include "investigate/ProbeResponse.h"

#include <QCoreApplication>

bool ProbeResponse::siteUnreachable() const
{
    switch (failure) {
    case Failure::Refused:
    case Failure::HostNotFound:
    case Failure::TimedOut:
    case Failure::Tls:
    case Failure::Network:
        return true;
    case Failure::None:
    case Failure::RedirectElsewhere:
    case Failure::TooManyRedirects:
    case Failure::Cancelled:
        return false;
    }
    return false;
}

QString ProbeResponse::plainReason() const
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::Refused:
        return QCoreApplication::translate("SiteProbe",
                                           "The site refused the connection. Is the web server running?");
    case Failure::HostNotFound:
        return QCoreApplication::translate(
            "SiteProbe", "This address could not be found. Check that it is spelled correctly.");
    case Failure::TimedOut:
        return QCoreApplication::translate("SiteProbe", "The site did not answer in time.");
    case Failure::Tls:
        return QCoreApplication::translate(
            "SiteProbe", "The site's security certificate is not valid, so the site was not checked.");
    case Failure::RedirectElsewhere:
        return QCoreApplication::translate("SiteProbe",
                                           "The site sends visitors to another address (%1). Check that "
                                           "address instead, if it is also yours.")
            .arg(redirectTarget
                     .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                               QUrl::RemoveUserInfo)
                     .toString());
    case Failure::TooManyRedirects:
        return QCoreApplication::translate("SiteProbe", "The site sent the request around in circles.");
    case Failure::Network:
        return QCoreApplication::translate("SiteProbe", "The site could not be reached (%1).").arg(errorText);
    case Failure::Cancelled:
        return QCoreApplication::translate("SiteProbe", "The check was stopped.");
    }
    return {};
}
