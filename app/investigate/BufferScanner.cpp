#include "investigate/BufferScanner.h"

#include "investigate/FileScanner.h"

#include <QBuffer>

namespace BufferScanner {

QList<LeakFinding> credentialsIn(const QByteArray& bytes, const QString& location, const QString& fileName,
                                 bool publiclyServed)
{
    QByteArray copy = bytes; // QBuffer wants a non-const array; this shares the data
    QBuffer buffer(&copy);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    FileScanner scanner;
    const FileScanner::Result result =
        scanner.scanDevice(&buffer, location, fileName, publiclyServed, copy.size());
    QList<LeakFinding> credentials;
    for (const LeakFinding& finding : result.findings) {
        if (finding.isCredential())
            credentials.append(finding);
    }
    return credentials;
}

} // namespace BufferScanner
