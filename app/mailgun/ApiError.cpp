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

namespace {

// Each kind once: its stable code and, where the sentence does not depend on the answer,
// what the user is told.
struct KindText
{
    ApiError::Kind kind;
    QLatin1StringView code;
    const char* message; // nullptr: worded in userMessage() from the answer, or none
};

constexpr KindText kindTexts[] = {
    {ApiError::Kind::None, "ok"_L1, nullptr},
    {ApiError::Kind::InvalidKey, "invalid-key"_L1,
     QT_TRANSLATE_NOOP("ApiError", "Mailgun did not accept this API key. It may be mistyped, or it has been "
                                   "deleted, disabled or has expired. Copy the key again from the Mailgun "
                                   "Control Panel (API Security page) and paste it here.")},
    {ApiError::Kind::IpNotAllowed, "ip-not-allowed"_L1,
     QT_TRANSLATE_NOOP("ApiError",
                       "Mailgun refused the connection from this computer. Your account only "
                       "accepts connections from certain internet addresses (the IP allowlist). "
                       "Run this program from an allowed computer, or add this computer's address "
                       "under Security in the Mailgun Control Panel.")},
    {ApiError::Kind::Forbidden, "forbidden"_L1,
     QT_TRANSLATE_NOOP("ApiError", "This API key works, but it is not allowed to do this. Use a key with the "
                                   "Admin role. An account administrator can create one on the API Security "
                                   "page of the Mailgun Control Panel.")},
    {ApiError::Kind::AccountDisabled, "account-disabled"_L1,
     QT_TRANSLATE_NOOP("ApiError",
                       "Mailgun has disabled this account, so the program cannot make changes for "
                       "you. Follow the steps by hand in the Control Panel, and contact Mailgun "
                       "support to restore the account.")},
    {ApiError::Kind::NotFound, "not-found"_L1,
     QT_TRANSLATE_NOOP("ApiError", "Mailgun could not find this item. It may have been removed already. "
                                   "Refresh the list and try again.")},
    {ApiError::Kind::BadRequest, "bad-request"_L1, nullptr},
    {ApiError::Kind::RateLimited, "rate-limited"_L1, nullptr},
    {ApiError::Kind::ServerError, "server-error"_L1,
     QT_TRANSLATE_NOOP("ApiError", "Mailgun has a temporary problem. Nothing was lost. Wait a few minutes, "
                                   "then try again. If it keeps happening, check status.mailgun.com.")},
    {ApiError::Kind::Timeout, "timeout"_L1,
     QT_TRANSLATE_NOOP("ApiError",
                       "Mailgun did not answer in time. Check your internet connection, then try again.")},
    {ApiError::Kind::Network, "network"_L1,
     QT_TRANSLATE_NOOP("ApiError", "The program could not reach Mailgun. Check that this computer is "
                                   "connected to the internet, then try again.")},
    {ApiError::Kind::Tls, "tls"_L1,
     QT_TRANSLATE_NOOP("ApiError", "A secure connection to Mailgun could not be made. Something on your "
                                   "network may be intercepting the connection, or the computer's date and "
                                   "time are wrong. Try another network, or ask your IT contact.")},
    {ApiError::Kind::InsecureUrl, "insecure-url"_L1,
     QT_TRANSLATE_NOOP("ApiError", "The program refused to send your key to a server that is not secure or "
                                   "not Mailgun's.")},
    {ApiError::Kind::Cancelled, "cancelled"_L1, QT_TRANSLATE_NOOP("ApiError", "Stopped before it finished.")},
    {ApiError::Kind::BadResponse, "bad-response"_L1,
     QT_TRANSLATE_NOOP("ApiError",
                       "Mailgun sent an answer the program did not expect. Please try again later.")},
    {ApiError::Kind::IncompleteList, "incomplete-list"_L1, nullptr},
};

const KindText* kindText(ApiError::Kind kind)
{
    for (const KindText& text : kindTexts) {
        if (text.kind == kind)
            return &text;
    }
    return nullptr;
}

} // namespace

QString ApiError::code() const
{
    const KindText* text = kindText(kind);
    return text ? QString(text->code) : u"unknown"_s;
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::BadRequest:
        return serverMessage.isEmpty()
                   ? QCoreApplication::translate("ApiError", "Mailgun refused the request. Please try again.")
                   : QCoreApplication::translate("ApiError", "Mailgun refused the request: \"%1\".")
                         .arg(serverMessage);
    case Kind::RateLimited:
        if (retryAfterSeconds > 2 * 3600)
            return QCoreApplication::translate(
                "ApiError", "Mailgun is receiving too many requests from this account and "
                            "asks you to wait more than two hours. Try again later today.");
        if (retryAfterSeconds > 120)
            return QCoreApplication::translate("ApiError",
                                               "Mailgun is receiving too many requests from this account. "
                                               "Wait %n minute(s), then try again.",
                                               nullptr, (retryAfterSeconds + 59) / 60);
        return retryAfterSeconds > 0
                   ? QCoreApplication::translate("ApiError",
                                                 "Mailgun is receiving too many requests from this account. "
                                                 "Wait %n second(s), then try again.",
                                                 nullptr, retryAfterSeconds)
                   : QCoreApplication::translate("ApiError",
                                                 "Mailgun is receiving too many requests from this account. "
                                                 "Wait a minute, then try again.");
    case Kind::IncompleteList:
        return QCoreApplication::translate("ApiError",
                                           "A list from Mailgun did not come to an end, so the program "
                                           "stopped reading it after %n page(s). The list may be "
                                           "incomplete, so the program did not act on it. Check the list "
                                           "in the Mailgun Control Panel, then try again later.",
                                           nullptr, pagesRead);
    default:
        break;
    }
    const KindText* text = kindText(kind);
    return text && text->message ? QCoreApplication::translate("ApiError", text->message) : QString();
}
