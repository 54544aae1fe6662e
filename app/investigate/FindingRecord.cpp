#include "investigate/FindingRecord.h"

using namespace Qt::StringLiterals;

QString FindingRecord::identity() const
{
    return source + u'|' + kind + u'|' + location + u'|' + QString::number(line) + u'|' + masked;
}

QJsonObject FindingRecord::toJson() const
{
    QJsonObject object{{u"source"_s, source},     {u"kind"_s, kind},         {u"title"_s, title},
                       {u"severity"_s, severity}, {u"location"_s, location}, {u"line"_s, line},
                       {u"masked"_s, masked},     {u"advice"_s, advice}};
    if (!keyId.isEmpty())
        object.insert(u"key_id"_s, keyId);
    if (!match.isEmpty())
        object.insert(u"match"_s, match);
    return object;
}

FindingRecord FindingRecord::fromJson(const QJsonObject& object)
{
    FindingRecord record;
    record.source = object.value(u"source"_s).toString();
    record.kind = object.value(u"kind"_s).toString();
    record.title = object.value(u"title"_s).toString();
    record.severity = object.value(u"severity"_s).toString();
    record.location = object.value(u"location"_s).toString();
    record.line = object.value(u"line"_s).toInt();
    record.masked = object.value(u"masked"_s).toString();
    record.advice = object.value(u"advice"_s).toString();
    record.keyId = object.value(u"key_id"_s).toString();
    record.match = object.value(u"match"_s).toString();
    return record;
}
