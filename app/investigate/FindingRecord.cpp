#include "investigate/FindingRecord.h"

#include "mailgun/api/JsonFields.h"

using namespace Qt::StringLiterals;

namespace {

const QList<JsonField<FindingRecord>>& recordFields()
{
    static const QList<JsonField<FindingRecord>> fields{
        {u"source"_s, &FindingRecord::source},
        {u"kind"_s, &FindingRecord::kind},
        {u"title"_s, &FindingRecord::title},
        {u"severity"_s, &FindingRecord::severity},
        {u"location"_s, &FindingRecord::location},
        {u"line"_s, &FindingRecord::line},
        {u"masked"_s, &FindingRecord::masked},
        {u"advice"_s, &FindingRecord::advice},
        {u"key_id"_s, &FindingRecord::keyId, JsonWrite::UnlessEmpty},
        {u"match"_s, &FindingRecord::match, JsonWrite::UnlessEmpty},
        {u"archive"_s, &FindingRecord::archive, JsonWrite::UnlessEmpty},
        {u"repository"_s, &FindingRecord::repository, JsonWrite::UnlessEmpty},
        {u"commit"_s, &FindingRecord::commit, JsonWrite::UnlessEmpty},
        {u"commit_date"_s, &FindingRecord::commitDate, JsonWrite::UnlessEmpty},
        {u"since"_s, &FindingRecord::since, JsonWrite::UnlessEmpty},
    };
    return fields;
}

} // namespace

QString FindingRecord::identity() const
{
    return source + u'|' + kind + u'|' + location + u'|' + QString::number(line) + u'|' + masked;
}

FindingRecord FindingRecord::of(const QString& source, const QString& kind, const QString& title,
                                const QString& severity)
{
    FindingRecord record;
    record.source = source;
    record.kind = kind;
    record.title = title;
    record.severity = severity;
    return record;
}

QJsonObject FindingRecord::toJson() const
{
    return JsonFields::write(*this, recordFields());
}

FindingRecord FindingRecord::fromJson(const QJsonObject& object)
{
    return JsonFields::read(object, recordFields());
}
