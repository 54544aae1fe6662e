#include "recovery/KeyRotationAccountCheck.h"

#include "mailgun/KeyFormat.h"
#include "mailgun/MailgunClient.h"
#include "mailgun/api/KeysApi.h"
#include "recovery/RecoveryLog.h"

#include <QMetaObject>

namespace KeyRotationAccountCheck {

QSet<QString> knownIds(const KeyRotationProgress& progress)
{
    QSet<QString> ids = progress.accountKeyIds;
    ids.unite(progress.toDelete);
    ids.unite(progress.deleted);
    ids.insert(progress.inUseId);
    ids.insert(progress.createdId);
    ids.remove(QString());
    return ids;
}

void run(MailgunClient* client, const KeyRotationProgress& progress, const QObject* context,
         std::function<void(Outcome outcome, const ApiError& error)> done)
{
    const QSet<QString> known = knownIds(progress);
    const QString ownId = KeyFormat::keyIdOf(client->apiKey().reveal());
    if (!ownId.isEmpty() && known.contains(ownId)) {
        qCDebug(lcRecovery, "key rotation account check: the key in use is one of the journal's");
        // Answer later, as the request would: callers may rely on it.
        QMetaObject::invokeMethod(
            const_cast<QObject*>(context), [done] { done(Outcome::SameAccount, {}); }, Qt::QueuedConnection);
        return;
    }
    KeysApi(*client).list({}, {}, context, [known, done](ApiResult<QList<KeyInfo>> result) {
        if (!result.ok()) {
            qCInfo(lcRecovery, "key rotation account check: keys not listed: %s",
                   qUtf8Printable(result.error.code()));
            done(Outcome::CannotTell, result.error);
            return;
        }
        for (const KeyInfo& key : std::as_const(result.value)) {
            if (known.contains(key.id)) {
                done(Outcome::SameAccount, {});
                return;
            }
        }
        qCInfo(lcRecovery, "key rotation account check: none of the journal's %lld key ids is listed",
               static_cast<long long>(known.size()));
        done(Outcome::OtherAccount, {});
    });
}

} // namespace KeyRotationAccountCheck
