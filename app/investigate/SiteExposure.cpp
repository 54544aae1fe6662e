#include "investigate/SiteExposure.h"

#include "investigate/ProbePath.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

SiteExposure SiteExposure::fromKind(const ExposureKind& kind, const QUrl& url)
{
    SiteExposure exposure;
    exposure.url = url;
    exposure.kindId = kind.id;
    exposure.title = QCoreApplication::translate("SiteExposure", kind.title);
    exposure.whatLeaks = QCoreApplication::translate("SiteExposure", kind.whatLeaks);
    exposure.advice = QCoreApplication::translate("SiteExposure", kind.advice);
    exposure.severity = kind.severity;
    return exposure;
}

int SiteExposure::severityRank(const QString& severity)
{
    if (severity == u"critical"_s)
        return 3;
    if (severity == u"high"_s)
        return 2;
    if (severity == u"medium"_s)
        return 1;
    return 0;
}

int SiteExposure::severityRank() const
{
    return credentials.isEmpty() ? severityRank(severity) : 3;
}

QJsonObject SiteExposure::credentialJson(const LeakFinding& credential) const
{
    QJsonObject json = credential.toJson();
    json.remove(u"path"_s);
    json.remove(u"in_web_root"_s);
    json.insert(u"url"_s, url.toString());
    json.insert(u"found_in"_s, kindId);
    json.insert(u"looks_like"_s, contentKind.isEmpty() ? QJsonValue() : QJsonValue(contentKind));
    return json;
}

QJsonObject SiteExposure::toJson() const
{
    QJsonArray found;
    for (const LeakFinding& credential : credentials)
        found.append(credentialJson(credential));
    return QJsonObject{{u"url"_s, url.toString()},
                       {u"line"_s, 0},
                       {u"kind"_s, kindId},
                       {u"severity"_s, severity},
                       {u"title"_s, title},
                       {u"what_leaks"_s, whatLeaks},
                       {u"advice"_s, advice},
                       {u"masked"_s, QJsonValue()},
                       {u"body_truncated"_s, bodyTruncated},
                       {u"looks_like"_s, contentKind.isEmpty() ? QJsonValue() : QJsonValue(contentKind)},
                       {u"credentials"_s, found}};
}

FindingRecord SiteExposure::record() const
{
    FindingRecord record = FindingRecord::of(u"probe"_s, kindId, title, severity);
    record.location = url.toString();
    record.advice = whatLeaks + u' ' + advice;
    return record;
}

QList<FindingRecord> SiteExposure::records() const
{
    QList<FindingRecord> list{record()};
    for (const LeakFinding& credential : credentials) {
        FindingRecord found = credential.record();
        found.source = u"probe"_s;
        found.location = url.toString();
        list.append(found);
    }
    return list;
}
