#include "AccountKeyMatcher.h"

#include "mailgun/api/KeysApi.h"
#include "recovery/RecoverySession.h"

#include <QObject>
#include <QTimer>

void loadAccountKeyMatcher(RecoverySession* session, QObject* context,
                           std::function<void(const KeyMatcher&)> ready)
{
    if (!session->apiAvailable()) {
        QTimer::singleShot(0, context, [ready = std::move(ready)] { ready(KeyMatcher()); });
        return;
    }
    const QString inUse = session->summary().keyInUseId;
    KeysApi(*session->client())
        .list({}, {}, context, [ready = std::move(ready), inUse](ApiResult<QList<KeyInfo>> result) {
            QSet<QString> ids;
            for (const KeyInfo& key : result.value)
                ids.insert(key.id);
            ready(ids.isEmpty() ? KeyMatcher() : KeyMatcher(ids, inUse));
        });
}
