#include "investigate/RegistrableDomain.h"

#include <QHostAddress>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Second-level labels under which people register names (co.uk, com.au, ...).
bool isTwoLabelSuffix(const QString& secondLevel, const QString& topLevel)
{
    static const QSet<QString> generic{u"co"_s,  u"com"_s, u"net"_s, u"org"_s, u"gov"_s, u"edu"_s,
                                       u"ac"_s,  u"ltd"_s, u"plc"_s, u"me"_s,  u"nom"_s, u"or"_s,
                                       u"ne"_s,  u"go"_s,  u"gv"_s,  u"gob"_s, u"mil"_s, u"sch"_s,
                                       u"asn"_s, u"id"_s,  u"biz"_s, u"info"_s};
    return topLevel.size() == 2 && generic.contains(secondLevel);
}

} // namespace

QString RegistrableDomain::of(const QString& host)
{
    QString name = host.trimmed().toLower();
    while (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty() || !QHostAddress(name).isNull() || name.startsWith(u'['))
        return {};
    const QStringList labels = name.split(u'.', Qt::SkipEmptyParts);
    if (labels.size() < 2)
        return {};
    const int size = int(labels.size());
    if (size >= 3 && isTwoLabelSuffix(labels.at(size - 2), labels.at(size - 1)))
        return labels.mid(size - 3).join(u'.');
    return labels.mid(size - 2).join(u'.');
}

bool RegistrableDomain::isUnder(const QString& host, const QString& registrable)
{
    if (registrable.isEmpty())
        return false;
    QString name = host.trimmed().toLower();
    while (name.endsWith(u'.'))
        name.chop(1);
    const QString base = registrable.toLower();
    return name == base || name.endsWith(u'.' + base);
}
