#include "investigate/RouteForwarding.h"

#include "investigate/WebhookHostCheck.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QStringList RouteForwarding::targetsOf(const QString& action)
{
    static const QRegularExpression forward(uR"(forward\s*\(\s*["']([^"']*)["']\s*\))"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notify(uR"(notify\s*=\s*["']([^"']*)["'])"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QStringList targets;
    for (const QRegularExpression* pattern : {&forward, &notify}) {
        auto it = pattern->globalMatch(action);
        while (it.hasNext()) {
            const QStringList parts = it.next().captured(1).split(u',', Qt::SkipEmptyParts);
            for (const QString& part : parts) {
                const QString target = part.trimmed();
                if (!target.isEmpty() && !targets.contains(target))
                    targets.append(target);
            }
        }
    }
    return targets;
}

bool RouteForwarding::isCatchAll(const QString& expression)
{
    static const QRegularExpression catchAllCall(uR"(catch_all\s*\(\s*\))"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    if (catchAllCall.match(expression).hasMatch())
        return true;
    // The recipient (or header) pattern of match_recipient("...") / match_header("h", "...").
    static const QRegularExpression matcher(
        uR"(match_(?:recipient\s*\(|header\s*\(\s*["'][^"']*["']\s*,)\s*["']([^"']*)["'])"_s,
        QRegularExpression::CaseInsensitiveOption);
    // A local part that matches anything, then nothing or "@domain".
    static const QRegularExpression anyLocalPart(
        uR"(^\^?(?:\.\*|\.\+|\[\^@\][*+]|\\S[*+]|\\w[*+])\$?(?:@|\\@|$))"_s);
    auto it = matcher.globalMatch(expression);
    while (it.hasNext()) {
        if (anyLocalPart.match(it.next().captured(1)).hasMatch())
            return true;
    }
    return false;
}

RouteForwarding RouteForwarding::of(const Route& route, const WebhookHostCheck& own)
{
    RouteForwarding result;
    result.catchAll = isCatchAll(route.expression);
    for (const QString& action : route.actions) {
        for (const QString& target : targetsOf(action)) {
            if (result.targets.contains(target))
                continue;
            result.targets.append(target);
            if (!own.isOwn(target))
                result.outsideTargets.append(target);
        }
    }
    return result;
}
