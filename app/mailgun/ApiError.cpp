#include "mailgun/ApiError.h"

#include "mailgun/ErrorBody.h"
#include "mailgun/UntrustedText.h"

#include <QCoreApplication>
#include <QStringList>

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
    return ErrorBody::parse(body).message;
}

bool ApiError::isDomainPath(const QString& path)
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    if (segments.size() < 2 || !(segments.at(0) == u"v3"_s || segments.at(0) == u"v4"_s))
        return false;
    if (segments.at(1) == u"domains"_s)
        return segments.size() >= 3;
    // /v3/<domain>/messages, /v3/<domain>/events, ...: a domain name has a dot; the
    // account-level areas (routes, lists, ...) do not.
    return segments.size() >= 3 && segments.at(1).contains(u'.');
}

ApiError ApiError::fromHttp(int status, const QByteArray& body, const QString& path)
{
    ApiError error;
    error.httpStatus = status;
    if (status >= 200 && status < 300)
        return error;
    const ErrorBody text = ErrorBody::parse(body);
    error.serverMessage = text.message;
    error.rejectedField = text.rejectedField;
    if (mentionsDisabledAccount(text.fullText) && (status == 401 || status == 403)) {
        error.kind = Kind::AccountDisabled;
    } else if (status == 401) {
        // Whatever the body says ("Forbidden", "Invalid private key", ...): the same answer
        // comes for a wrong key, a sending key, an IP allowlist block and a domain outside
        // the account (docs/mailgun-behaviour.md, points 1 and 2).
        error.kind = Kind::KeyRefused;
        error.onDomainPath = isDomainPath(path);
    } else if (status == 403) {
        error.kind = Kind::Forbidden;
    } else if (status == 404) {
        error.kind = Kind::NotFound;
    } else if (isRateLimitStatus(status)) {
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
    {ApiError::Kind::KeyRefused, "key-refused"_L1, nullptr},
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

// A 401 never says why (docs/mailgun-behaviour.md, point 1): the causes, most likely first.
QString keyRefusedCauses(const ApiError& error)
{
    const QString domainCause = QCoreApplication::translate(
        "ApiError", "• The domain is not in this account, or it is in the other region (US or EU).");
    QStringList lines;
    if (error.keyWorkedEarlier) {
        lines << QCoreApplication::translate("ApiError", "The likely causes:");
        if (error.onDomainPath)
            lines << domainCause;
        lines << QCoreApplication::translate("ApiError", "• The key was deleted or disabled since then.")
              << QCoreApplication::translate(
                     "ApiError",
                     "• Someone changed the account's IP allowlist (the list of internet addresses that "
                     "may use the account), and this computer is now outside it.")
              << QCoreApplication::translate(
                     "ApiError", "Check the key on the API Security page of the Mailgun Control Panel "
                                 "(https://app.mailgun.com/settings/api_security).");
        return lines.join(u'\n');
    }
    lines << QCoreApplication::translate("ApiError",
                                         "The answer does not say why. The likely causes, most likely first:")
          << QCoreApplication::translate("ApiError",
                                         "• The key is mistyped, or it was deleted, disabled or has expired.")
          << QCoreApplication::translate(
                 "ApiError",
                 "• It is a sending key for one domain, not the account's private API key. You find the "
                 "private API key in the Mailgun Control Panel under API Security "
                 "(https://app.mailgun.com/settings/api_security).")
          << QCoreApplication::translate(
                 "ApiError",
                 "• This computer is outside the account's IP allowlist (the list of internet addresses "
                 "that may use the account).");
    if (error.onDomainPath)
        lines << domainCause;
    return lines.join(u'\n');
}

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

QString ApiError::refusalCauses() const
{
    return kind == Kind::KeyRefused ? keyRefusedCauses(*this) : QString();
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::KeyRefused:
        return (keyWorkedEarlier ? QCoreApplication::translate(
                                       "ApiError", "Mailgun refused this key, but it worked a moment ago.")
                                 : QCoreApplication::translate("ApiError", "Mailgun refused this key.")) +
               u' ' + keyRefusedCauses(*this);
    case Kind::BadRequest:
        if (!rejectedField.isEmpty())
            return QCoreApplication::translate("ApiError",
                                               "Mailgun rejected the field \"%1\" of the request. Please try "
                                               "again. If it happens again, contact Mailgun support.")
                .arg(UntrustedText::forDisplay(rejectedField));
        if (!serverMessage.isEmpty())
            return QCoreApplication::translate("ApiError", "Mailgun refused the request: \"%1\".")
                .arg(UntrustedText::forDisplay(serverMessage));
        return QCoreApplication::translate("ApiError",
                                           "Mailgun refused the request (error %1). Please try again.")
            .arg(httpStatus);
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
