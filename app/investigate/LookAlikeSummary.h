#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// Key-shaped strings that the scan set aside: 32-8-8 strings in scripts that never mention
// Mailgun, where they are almost always build hashes or ids. Not findings, but never silent:
// the summary says how many and in which files, so an admin who put a key there can look.
struct LookAlikeSummary
{
    qint64 count = 0;
    QStringList files; // sorted

    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("count"), count},
                           {QStringLiteral("files"), QJsonArray::fromStringList(files)}};
    }
};
