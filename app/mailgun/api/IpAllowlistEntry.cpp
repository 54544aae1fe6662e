#include "mailgun/api/IpAllowlistEntry.h"

using namespace Qt::StringLiterals;

IpAllowlistEntry IpAllowlistEntry::fromJson(const QJsonObject& object)
{
    IpAllowlistEntry entry;
    entry.address = object.value(u"ip_address"_s).toString();
    entry.description = object.value(u"description"_s).toString();
    return entry;
}

QJsonObject IpAllowlistEntry::toJson() const
{
    return {{u"ip_address"_s, address}, {u"description"_s, description}};
}
