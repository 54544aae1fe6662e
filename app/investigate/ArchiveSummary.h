#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Why a backup or compressed file was not read to its end. Each is said plainly in the scan
// summary: a key in the part not read was not looked for.
enum class ArchiveProblem
{
    TooLarge,       // it unpacks to more than ArchiveLimits::maxExpandedBytes
    TooManyEntries, // it holds more than ArchiveLimits::maxEntries files
    ExpandsTooMuch, // it unpacks to far more than its own size: likely made to fill a disk
    TooDeep,        // archives inside archives deeper than ArchiveLimits::maxDepth
    Encrypted,      // files in it have a password
    Damaged,        // it is cut short or broken
    SevenZipInside, // a 7z archive inside it: 7z keeps its index at the end, so it can only
                    // be read as a file on disk, not as a stream out of another archive
};

// What the folder scan did with backups and compressed files.
struct ArchiveSummary
{
    struct NotFullyRead
    {
        QString path; // the file on disk
        QList<ArchiveProblem> problems;
    };

    qint64 opened = 0;                // backups and compressed files opened
    qint64 entries = 0;               // files inside them that were read
    qint64 expandedBytes = 0;         // bytes unpacked from them
    QList<NotFullyRead> notFullyRead; // sorted by path

    static QString problemId(ArchiveProblem problem);
    QJsonObject toJson() const;
};
