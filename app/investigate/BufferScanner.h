#pragma once

#include "investigate/LeakFinding.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The folder scan's credential rules run over bytes already in memory (a page the website
// probe downloaded), as if they were a file named `fileName` at `location`.
namespace BufferScanner {

// Only credentials (keys, SMTP passwords): a risky-file finding about a name makes no sense
// for a downloaded page. `publiclyServed`: the bytes came from a public website.
QList<LeakFinding> credentialsIn(const QByteArray& bytes, const QString& location, const QString& fileName,
                                 bool publiclyServed);

} // namespace BufferScanner
