#include "practice/PracticeFault.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

PracticeResponse PracticeFault::rateLimitResponse() const
{
    QString message = u"Too many requests, try again later"_s;
    if (bodyRetrySeconds >= 0) {
        message =
            u"account-requests-per-sec limit exceeded, try again after %1 seconds"_s.arg(bodyRetrySeconds);
    } else if (bodyRetryAt.isValid()) {
        message =
            u"recipient limit exceeded, try again after "_s +
            QLocale::c().toString(bodyRetryAt.toTimeZone(QTimeZone::utc()), u"ddd, dd MMM yyyy HH:mm:ss"_s) +
            u" UTC"_s;
    }
    PracticeResponse response = PracticeResponse::message(rateLimitStatus, message);
    if (retryAfterSeconds >= 0)
        response.headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
    if (rateLimitResetEpochMs >= 0)
        response.headers.append({"X-RateLimit-Reset", QByteArray::number(rateLimitResetEpochMs)});
    return response;
}
