#pragma once

#include <QJsonObject>
#include <QStringList>

// What the folder scan read of the git repositories it met.
struct GitHistorySummary
{
    qint64 repositories = 0;  // repositories whose history was read
    qint64 commits = 0;       // commits looked at, in all of them
    qint64 objects = 0;       // distinct file versions (blobs) read
    qint64 bytes = 0;         // bytes of those file versions
    qint64 binaryObjects = 0; // file versions skipped after a look at their first bytes
    qint64 tooLarge = 0;      // file versions over GitHistoryScanner::maxBlobBytes, not read
    QStringList unreadable;   // repositories that could not be opened or read to the end; sorted
    QStringList notFollowed;  // .git files pointing outside the scanned folders; sorted

    QJsonObject toJson() const;
};
