#include "recovery/Journal.h"

#include "recovery/JournalFaultPoint.h"
#include "recovery/RecoveryLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Version 2: JSON Lines (a header line, then one entry a line), appended, never rewritten.
constexpr int formatVersion = 2;
const QString headerName = QStringLiteral("mailgun-recovery-assistant");

bool syncToDisk(int handle)
{
#ifdef Q_OS_WIN
    return _commit(handle) == 0;
#else
    return ::fsync(handle) == 0;
#endif
}

QString timestampSuffix()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
}

} // namespace

Journal::Journal(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
{}

Journal::~Journal() = default;

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal.jsonl"_s;
}

bool Journal::acquire(QString* error)
{
    if (m_path.isEmpty() || m_lock)
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    auto lock = std::make_unique<QLockFile>(m_path + u".lock"_s);
    // No age limit: a lock is stale only when the process that took it is gone (QLockFile
    // checks its id), however long a careful admin keeps a window open.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        m_heldElsewhere = lock->error() == QLockFile::LockFailedError;
        qCWarning(lcRecovery, "journal %s: %s", qUtf8Printable(m_path),
                  m_heldElsewhere ? "held by another running process" : "lock file cannot be written");
        if (error)
            *error =
                m_heldElsewhere
                    ? QCoreApplication::translate(
                          "Journal", "Another window of the assistant (or a command in a terminal) is "
                                     "working on your recovery right now. Finish or close it first, then "
                                     "try again. Nothing was changed.")
                    : QCoreApplication::translate("Journal",
                                                  "The record of your progress could not be opened for "
                                                  "writing in %1. Nothing was changed.")
                          .arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()));
        return false;
    }
    m_heldElsewhere = false;
    m_lock = std::move(lock);
    return true;
}

void Journal::restrictToOwner(const QString& path)
{
    // The journal holds no secret, but it says which keys and logins exist: only its owner
    // reads it.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool Journal::load(QString* error)
{
    m_entries.clear();
    m_skippedLines = 0;
    closeFile();
    if (!acquire(error))
        return false;
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcRecovery, "journal %s: cannot open for reading: %s", qUtf8Printable(m_path),
                  qUtf8Printable(file.errorString()));
        if (error)
            *error =
                QCoreApplication::translate("Journal", "The record of your progress could not be opened: %1")
                    .arg(file.errorString());
        return false;
    }
    const QByteArray content = file.readAll();
    file.close();

    // One JSON object a line, after a header line. A process killed in the middle of a
    // write leaves at most a partial last line: that one is dropped, the rest is kept.
    QList<QByteArray> lines = content.split('\n');
    const bool tornTail = !content.isEmpty() && !content.endsWith('\n');
    if (tornTail)
        lines.removeLast();
    // A line that cannot be read (a damaged sector, an editor's slip) is skipped; the lines
    // after it still count.
    const bool headerDamaged = lines.isEmpty() || !isHeader(lines.constFirst());
    for (qsizetype i = headerDamaged ? 0 : 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument line = QJsonDocument::fromJson(lines.at(i), &parseError);
        if (parseError.error != QJsonParseError::NoError || !line.isObject()) {
            ++m_skippedLines;
            continue;
        }
        const QJsonObject object = line.object();
        Entry entry;
        entry.time = QDateTime::fromString(object.value(u"time"_s).toString(), Qt::ISODateWithMs);
        entry.type = object.value(u"type"_s).toString();
        entry.data = object.value(u"data"_s).toObject();
        // Versions before 0.2 wrote the practice account's work into this file too, marked
        // "practice": it never counts for the real account.
        const bool practiceWork = entry.data.value(u"practice"_s).toBool();
        if (entry.time.isValid() && !entry.type.isEmpty() && !practiceWork)
            m_entries.append(entry);
        else if (!practiceWork)
            ++m_skippedLines;
    }
    if (headerDamaged || m_skippedLines > 0) {
        // Keep a copy of the damaged file for inspection before anything is rewritten. If no
        // copy can be made, the file stays exactly as it is: new lines are appended after
        // the damaged ones, which the next start skips again.
        const QString aside = m_path + u".broken-"_s + timestampSuffix();
        const bool keptAside = QFile::copy(m_path, aside);
        qCWarning(lcRecovery, "journal %s: %d damaged lines, %lld entries readable; %s %s",
                  qUtf8Printable(m_path), m_skippedLines, static_cast<long long>(m_entries.size()),
                  keptAside ? "copy kept as" : "no copy could be made at", qUtf8Printable(aside));
        if (keptAside) {
            restrictToOwner(aside);
            rewrite(nullptr);
        }
        if (error)
            *error = keptAside
                         ? QCoreApplication::translate(
                               "Journal", "Part of the record of your progress was damaged. The assistant "
                                          "kept everything it could read, and a copy of the damaged file "
                                          "as %1.")
                               .arg(QDir::toNativeSeparators(aside))
                         : QCoreApplication::translate(
                               "Journal", "Part of the record of your progress was damaged. The assistant "
                                          "kept everything it could read and left the file as it was.");
        return false;
    }
    if (tornTail) {
        qCInfo(lcRecovery, "journal %s: last line incomplete, dropped", qUtf8Printable(m_path));
        return rewrite(error);
    }
    qCDebug(lcRecovery, "journal %s: loaded, %lld entries", qUtf8Printable(m_path),
            static_cast<long long>(m_entries.size()));
    return true;
}

bool Journal::append(const QString& type, const QJsonObject& data, QString* error)
{
    Entry entry{QDateTime::currentDateTimeUtc(), type, data};
    m_entries.append(entry);
    const bool saved = writeLine(entryLine(entry), error);
    if (saved)
        JournalFaultPoint::afterAppend();
    Q_EMIT appended(entry);
    return saved;
}

bool Journal::startOver(QString* error)
{
    if (!acquire(error))
        return false;
    closeFile();
    if (!m_path.isEmpty() && QFileInfo::exists(m_path)) {
        const QString aside = m_path + u'.' + timestampSuffix();
        if (!QFile::rename(m_path, aside)) {
            qCWarning(lcRecovery, "journal %s: cannot be renamed to %s to start over", qUtf8Printable(m_path),
                      qUtf8Printable(aside));
            if (error)
                *error = QCoreApplication::translate(
                    "Journal", "The old record of your progress could not be put aside.");
            return false;
        }
    }
    m_entries.clear();
    return true;
}

QByteArray Journal::entryLine(const Entry& entry)
{
    const QJsonObject object{{u"time"_s, entry.time.toString(Qt::ISODateWithMs)},
                             {u"type"_s, entry.type},
                             {u"data"_s, entry.data}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

bool Journal::isHeader(const QByteArray& line)
{
    const QJsonDocument header = QJsonDocument::fromJson(line);
    return header.isObject() && header.object().value(u"journal"_s).toString() == headerName &&
           header.object().value(u"format"_s).toInt() == formatVersion;
}

void Journal::closeFile()
{
    if (m_file) {
        m_file->close();
        m_file.reset();
    }
}

bool Journal::openFile(QString* error)
{
    if (m_file)
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    auto file = std::make_unique<QFile>(m_path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcRecovery, "journal %s: cannot open for appending: %s", qUtf8Printable(m_path),
                  qUtf8Printable(file->errorString()));
        if (error)
            *error = QCoreApplication::translate("Journal", "Your progress could not be saved to %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), file->errorString());
        return false;
    }
    if (file->size() == 0) {
        const QJsonObject header{{u"journal"_s, headerName}, {u"format"_s, formatVersion}};
        file->write(QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n');
    }
    restrictToOwner(m_path);
    m_file = std::move(file);
    return true;
}

bool Journal::writeLine(const QByteArray& line, QString* error)
{
    if (m_path.isEmpty())
        return true;
    // Never write under another process's feet: a journal that was not loaded takes the
    // lock first.
    if (!acquire(error) || !openFile(error))
        return false;
    // Appending one line keeps each write small however long the journal grows; the sync
    // makes the line survive a power cut, not only a killed process.
    if (m_file->write(line) != line.size() || !m_file->flush() || !syncToDisk(m_file->handle())) {
        qCWarning(lcRecovery, "journal %s: cannot append: %s", qUtf8Printable(m_path),
                  qUtf8Printable(m_file->errorString()));
        if (error)
            *error = QCoreApplication::translate("Journal", "Your progress could not be saved to %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), m_file->errorString());
        closeFile();
        return false;
    }
    return true;
}

bool Journal::rewrite(QString* error)
{
    closeFile();
    if (m_path.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    bool ok = file.open(QIODevice::WriteOnly);
    const QJsonObject header{{u"journal"_s, headerName}, {u"format"_s, formatVersion}};
    ok = ok && file.write(QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n') >= 0;
    for (const Entry& entry : std::as_const(m_entries))
        ok = ok && file.write(entryLine(entry)) >= 0;
    ok = ok && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!ok || !file.commit()) {
        qCWarning(lcRecovery, "journal %s: cannot be rewritten: %s", qUtf8Printable(m_path),
                  qUtf8Printable(file.errorString()));
        if (error)
            *error = QCoreApplication::translate("Journal", "Your progress could not be saved to %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}
