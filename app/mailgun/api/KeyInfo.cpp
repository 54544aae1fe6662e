#include "mailgun/api/KeyInfo.h"

#include "mailgun/api/JsonFields.h"

using namespace Qt::StringLiterals;
using enum MailgunDates::Format;

namespace {

const QList<JsonField<KeyInfo>>& keyFields()
{
    static const QList<JsonField<KeyInfo>> fields{
        {u"id"_s, &KeyInfo::id},
        {u"description"_s, &KeyInfo::description},
        {u"kind"_s, &KeyInfo::kind},
        {u"role"_s, &KeyInfo::role},
        {u"created_at"_s, &KeyInfo::createdAt, IsoUtc},
        {u"updated_at"_s, &KeyInfo::updatedAt, IsoUtc},
        {u"expires_at"_s, &KeyInfo::expiresAt, IsoUtc},
        {u"is_disabled"_s, &KeyInfo::isDisabled},
        {u"disabled_reason"_s, &KeyInfo::disabledReason},
        {u"domain_name"_s, &KeyInfo::domainName},
        {u"requestor"_s, &KeyInfo::requestor},
        {u"user_name"_s, &KeyInfo::userName},
    };
    return fields;
}

} // namespace

KeyInfo KeyInfo::fromJson(const QJsonObject& object)
{
    return JsonFields::read(object, keyFields());
}

QJsonObject KeyInfo::toJson() const
{
    return JsonFields::write(*this, keyFields());
}

bool KeyInfo::isIdOf(const QString& secret) const
{
    const QString listed = id.trimmed();
    if (listed.isEmpty())
        return false;
    return secret.trimmed().endsWith(u'-' + listed, Qt::CaseInsensitive);
}

const KeyInfo* KeyInfo::findBySecret(const QList<KeyInfo>& keys, const QString& secret)
{
    for (const KeyInfo& key : keys) {
        if (key.isIdOf(secret))
            return &key;
    }
    return nullptr;
}

CreatedKey CreatedKey::fromJson(const QJsonObject& key)
{
    CreatedKey created;
    created.info = KeyInfo::fromJson(key);
    created.secret = Secret(key.value(u"secret"_s).toString());
    return created;
}
