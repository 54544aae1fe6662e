#include "recovery/SecretEntries.h"

using namespace Qt::StringLiterals;

namespace SecretEntries {

QString apiKey(const QString& keyId)
{
    return u"api-key:"_s + keyId;
}

QString smtp(Region region, const QString& login)
{
    return u"smtp:"_s + regionId(region) + u':' + login;
}

} // namespace SecretEntries
