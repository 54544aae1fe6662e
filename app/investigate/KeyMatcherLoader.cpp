#include "investigate/KeyMatcherLoader.h"

#include "investigate/InvestigateLog.h"
#include "mailgun/MailgunClient.h"
#include "mailgun/api/KeysApi.h"
#include "mailgun/api/SigningKeyApi.h"

#include <QPointer>

namespace KeyMatcherLoader {

void load(MailgunClient& client, const QString& inUseKeyId, const QObject* context,
          std::function<void(const KeyMatcher&)> ready)
{
    const QPointer<MailgunClient> guard(&client);
    KeysApi(client).list(
        {}, {}, context,
        [guard, context, inUseKeyId, ready = std::move(ready)](ApiResult<QList<KeyInfo>> keys) {
            if (!keys.ok() || keys.value.isEmpty() || !guard) {
                ready(KeyMatcher());
                return;
            }
            SigningKeyApi(*guard).get(
                context, [keys = keys.value, inUseKeyId, ready](ApiResult<Secret> signing) {
                    if (!signing.ok())
                        qCInfo(lcInvestigate, "webhook signing key not read for comparison: %s",
                               qUtf8Printable(signing.error.code()));
                    ready(KeyMatcher(keys, inUseKeyId, signing.ok() ? signing.value : Secret()));
                });
        });
}

} // namespace KeyMatcherLoader
