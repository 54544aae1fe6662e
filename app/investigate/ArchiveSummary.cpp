#include "investigate/ArchiveSummary.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QString ArchiveSummary::problemId(ArchiveProblem problem)
{
    switch (problem) {
    case ArchiveProblem::TooLarge:
        return u"too-large"_s;
    case ArchiveProblem::TooManyEntries:
        return u"too-many-files"_s;
    case ArchiveProblem::ExpandsTooMuch:
        return u"expands-too-much"_s;
    case ArchiveProblem::TooDeep:
        return u"nested-too-deep"_s;
    case ArchiveProblem::Encrypted:
        return u"password"_s;
    case ArchiveProblem::Damaged:
        return u"damaged"_s;
    case ArchiveProblem::SevenZipInside:
        return u"7z-inside"_s;
    }
    return {};
}

QJsonObject ArchiveSummary::toJson() const
{
    QJsonArray unread;
    for (const NotFullyRead& archive : notFullyRead) {
        QJsonArray problems;
        for (const ArchiveProblem problem : archive.problems)
            problems.append(problemId(problem));
        unread.append(QJsonObject{{u"path"_s, archive.path}, {u"problems"_s, problems}});
    }
    return QJsonObject{{u"opened"_s, opened},
                       {u"files_inside"_s, entries},
                       {u"bytes_unpacked"_s, expandedBytes},
                       {u"not_fully_read"_s, unread}};
}
