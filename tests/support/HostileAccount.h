#pragma once

// The practice account after an attacker wrote what they liked into it: a catch-all route
// whose description holds a NUL, terminal escape sequences, a carriage return and a
// right-to-left override, and whose action forwards to a URL with a user name, a password
// and a token; an account webhook, a domain webhook and an "archive to" address with
// credentials in them; a subaccount, a user and every key with hostile names. The credentials are
// listed so a test can check that none of them is ever shown or written.
#include "practice/PracticeAccount.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace HostileAccount {

using namespace Qt::StringLiterals;

// Everything after the NUL was cut off from the terminal before the fix.
inline const QString routeDescription = QString(u"Backup\0\x1b[2J\x1b[H\rAll clear\u202Etxt.exe"_s);
inline const QString forwardUrl =
    QStringLiteral("https://mailbot:Hunter2Pass@evil-relay.example.net/in?token=TokSecret123&x=1");
inline const QString accountWebhookUrl =
    QStringLiteral("https://hookuser:HookPass456@collector.example.org/h?api_key=ApiKey789");
inline const QString domainWebhookUrl = QStringLiteral("https://collector2.example.org/c?sig=Sig000Val&e=1");
inline const QString archiveUrl =
    QStringLiteral("https://arch:ArchPass@mail-archive-sync.example.com/hook?secret=ArchSecret");
inline const QString subaccountName = QString(u"<b>Billing</b>\x1b]0;pwned\x07\u2066notices\u2069"_s);
// Put in front of every key's description: the first line of rotate-key's plan hid the rest.
inline const QString keyDescriptionPrefix = QString(u"ops\0\x1b[2J\u202E"_s);
inline const QString userName = QString(u"Eve\r\x1b[1A\x1b[2KAdmin\u202Enimda"_s);

// How the forwarding URL must be shown: credentials masked, everything else as it was.
inline const QString maskedForwardUrl = QStringLiteral("https://***@evil-relay.example.net/in?token=***&x=1");
inline const QString maskedAccountWebhookUrl =
    QStringLiteral("https://***@collector.example.org/h?api_key=***");
inline const QString maskedDomainWebhookUrl = QStringLiteral("https://collector2.example.org/c?sig=***&e=1");
inline const QString maskedArchiveUrl =
    QStringLiteral("https://***@mail-archive-sync.example.com/hook?secret=***");

inline const QStringList secrets{
    QStringLiteral("mailbot"),   QStringLiteral("Hunter2Pass"), QStringLiteral("TokSecret123"),
    QStringLiteral("hookuser"),  QStringLiteral("HookPass456"), QStringLiteral("ApiKey789"),
    QStringLiteral("Sig000Val"), QStringLiteral("ArchPass"),    QStringLiteral("ArchSecret")};

inline void seed(PracticeAccount& account)
{
    const QDateTime now = account.now();
    PracticeRegionData& us = account.region(PracticeRegion::Us);
    PracticeRoute route;
    route.id = PracticeAccount::newObjectId();
    route.priority = 0;
    route.description = routeDescription;
    route.expression = QStringLiteral("catch_all()");
    route.actions = {QStringLiteral("forward(\"") + forwardUrl + QStringLiteral("\")"),
                     QStringLiteral("stop()")};
    route.createdAt = now.addSecs(-20 * 3600);
    us.routes.append(route);

    PracticeAccountWebhook hook;
    hook.id = PracticeAccount::randomHex(24);
    hook.description = QStringLiteral("events");
    hook.url = accountWebhookUrl;
    hook.eventTypes = {QStringLiteral("delivered")};
    hook.createdAt = now.addSecs(-10 * 3600);
    us.accountWebhooks.append(hook);

    for (PracticeDomain& domain : us.domains) {
        if (domain.name.startsWith(QStringLiteral("mg.")))
            domain.webhooks.insert(QStringLiteral("clicked"), {domainWebhookUrl});
    }
    PracticeRegionData& eu = account.region(PracticeRegion::Eu);
    for (PracticeDomain& domain : eu.domains) {
        if (!domain.archiveTo.isEmpty())
            domain.archiveTo = archiveUrl;
    }
    if (!account.subaccounts().isEmpty())
        account.subaccounts().first().name = subaccountName;
    if (!account.users().isEmpty())
        account.users().last().name = userName;
    for (PracticeKey& key : account.keys())
        key.description = keyDescriptionPrefix + key.description;
}

// True when `bytes` (UTF-8) hold nothing a terminal would act on: no control character
// other than line feed and tab, no C1 control, no bidi override, isolate or mark.
inline bool terminalSafe(const QByteArray& bytes, QString* why)
{
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool control = (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
        const bool bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e ||
                          c == 0x200f || c == 0x061c;
        if (control || bidi) {
            *why = QStringLiteral("U+%1 at %2 in: %3")
                       .arg(int(c), 4, 16, QLatin1Char('0'))
                       .arg(i)
                       .arg(text.mid(qMax<qsizetype>(0, i - 40), 80));
            return false;
        }
    }
    return true;
}

} // namespace HostileAccount
