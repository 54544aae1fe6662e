#include "investigate/GitOrigin.h"

#include "investigate/FindingRecord.h"
#include "mailgun/UntrustedText.h"

using namespace Qt::StringLiterals;

QJsonObject GitOrigin::toJson() const
{
    return QJsonObject{{u"repository"_s, repository},
                       {u"path"_s, UntrustedText::oneLine(pathInCommit)},
                       {u"commit"_s, commit},
                       {u"commit_date"_s, date.toString(Qt::ISODate)},
                       {u"author"_s, UntrustedText::forDisplay(author)},
                       {u"since"_s, sinceId(since)}};
}

void GitOrigin::insertInto(QJsonObject& json) const
{
    if (!isEmpty())
        json.insert(u"history"_s, toJson());
}

void GitOrigin::fill(FindingRecord& record) const
{
    if (isEmpty())
        return;
    record.repository = repository;
    record.commit = commit;
    record.commitDate = date.toString(Qt::ISODate);
    record.since = sinceId(since);
}

QString GitOrigin::sinceId(Since since)
{
    switch (since) {
    case Since::NoWorkingFiles:
        return u"no-working-files"_s;
    case Since::Deleted:
        return u"deleted"_s;
    case Since::Changed:
        return u"changed"_s;
    }
    return {};
}

GitOrigin::Since GitOrigin::sinceFromId(const QString& id)
{
    if (id == u"deleted"_s)
        return Since::Deleted;
    if (id == u"changed"_s)
        return Since::Changed;
    return Since::NoWorkingFiles;
}
