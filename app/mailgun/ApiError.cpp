#include "mailgun/ApiError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

bool mentionsDisabledAccount(const QString& message)
{
    const QString lower = message.toLower();
    return lower.contains(u"account"_s) && (lower.contains(u"disabled"_s) || lower.contains(u"suspended"_s));
}

} // namespace

QString ApiError::extractServerMessage(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        for (const auto field : {"message", "Reason", "Description", "error", "Error"}) {
            const QJsonValue value = object.value(QLatin1StringView(field));
            if (value.isString() && !value.toString().isEmpty())
                return value.toString();
        }
    }
    if (document.isObject() || document.isArray())
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact)).left(300);
    return QString::fromUtf8(body).trimmed().left(300);
}

ApiError ApiError::fromHttp(int status, const QByteArray& body)
{
    ApiError error;
    error.httpStatus = status;
    if (status >= 200 && status < 300)
        return error;
    error.serverMessage = extractServerMessage(body);
    if (mentionsDisabledAccount(error.serverMessage) && (status == 401 || status == 403)) {
        error.kind = Kind::AccountDisabled;
    } else if (status == 401) {
        // Mailgun answers a request from a computer outside the allowlist with a bare
        // "Forbidden"; an unknown or dead key gets "Invalid private key".
        error.kind = error.serverMessage.compare(u"Forbidden"_s, Qt::CaseInsensitive) == 0
                         ? Kind::IpNotAllowed
                         : Kind::InvalidKey;
    } else if (status == 403) {
        error.kind = Kind::Forbidden;
    } else if (status == 404) {
        error.kind = Kind::NotFound;
    } else if (status == 429) {
        error.kind = Kind::RateLimited;
    } else if (status >= 500) {
        error.kind = Kind::ServerError;
    } else if (status >= 300 && status < 400) {
        error.kind = Kind::BadResponse;
    } else {
        error.kind = Kind::BadRequest;
    }
    return error;
}

QString ApiError::code() const
{
    switch (kind) {
    case Kind::None:
        return u"ok"_s;
    case Kind::InvalidKey:
        return u"invalid-key"_s;
    case Kind::IpNotAllowed:
        return u"ip-not-allowed"_s;
    case Kind::Forbidden:
        return u"forbidden"_s;
    case Kind::AccountDisabled:
        return u"account-disabled"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::BadRequest:
        return u"bad-request"_s;
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::ServerError:
        return u"server-error"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::InsecureUrl:
        return u"insecure-url"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::BadResponse:
        return u"bad-response"_s;
    }
    return u"unknown"_s;
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidKey:
        return QCoreApplication::translate(
            "ApiError", "Mailgun did not accept this API key. It may be mistyped, or it has been deleted, "
                        "disabled or has expired. Copy the key again from the Mailgun Control Panel "
                        "(API Security page) and paste it here.");
    case Kind::IpNotAllowed:
        return QCoreApplication::translate(
            "ApiError", "Mailgun refused the connection from this computer. Your account only accepts "
                        "connections from certain internet addresses (the IP allowlist). Run this program "
                        "from an allowed computer, or add this computer's address under Security in the "
                        "Mailgun Control Panel.");
    case Kind::Forbidden:
        return QCoreApplication::translate(
            "ApiError", "This API key works, but it is not allowed to do this. Use a key with the Admin "
                        "role. An account administrator can create one on the API Security page of the "
                        "Mailgun Control Panel.");
    case Kind::AccountDisabled:
        return QCoreApplication::translate(
            "ApiError", "Mailgun has disabled this account, so the program cannot make changes for you. "
                        "Follow the steps by hand in the Control Panel, and contact Mailgun support to "
                        "restore the account.");
    case Kind::NotFound:
        return QCoreApplication::translate(
            "ApiError", "Mailgun could not find this item. It may have been removed already. "
                        "Refresh the list and try again.");
    case Kind::BadRequest:
        return serverMessage.isEmpty()
                   ? QCoreApplication::translate("ApiError", "Mailgun refused the request. Please try again.")
                   : QCoreApplication::translate("ApiError", "Mailgun refused the request: \"%1\".")
                         .arg(serverMessage);
    case Kind::RateLimited:
        return retryAfterSeconds > 0
                   ? QCoreApplication::translate("ApiError",
                                                 "Mailgun is receiving too many requests from this account. "
                                                 "Wait %n second(s), then try again.",
                                                 nullptr, retryAfterSeconds)
                   : QCoreApplication::translate("ApiError",
                                                 "Mailgun is receiving too many requests from this account. "
                                                 "Wait a minute, then try again.");
    case Kind::ServerError:
        return QCoreApplication::translate(
            "ApiError", "Mailgun has a temporary problem. Nothing was lost. Wait a few minutes, then try "
                        "again. If it keeps happening, check status.mailgun.com.");
    case Kind::Timeout:
        return QCoreApplication::translate(
            "ApiError", "Mailgun did not answer in time. Check your internet connection, then try again.");
    case Kind::Network:
        return QCoreApplication::translate(
            "ApiError", "The program could not reach Mailgun. Check that this computer is connected to "
                        "the internet, then try again.");
    case Kind::Tls:
        return QCoreApplication::translate(
            "ApiError", "A secure connection to Mailgun could not be made. Something on your network may be "
                        "intercepting the connection, or the computer's date and time are wrong. Try "
                        "another network, or ask your IT contact.");
    case Kind::InsecureUrl:
        return QCoreApplication::translate(
            "ApiError", "The program refused to send your key to a server that is not secure or not "
                        "Mailgun's.");
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "Stopped before it finished.");
    case Kind::BadResponse:
        return QCoreApplication::translate(
            "ApiError", "Mailgun sent an answer the program did not expect. Please try again later.");
    }
    return {};
}
