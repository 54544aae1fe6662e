#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QFile;
class QLockFile;

// The record of what the program did, step by step, so that a closed window or a crash
// resumes safely and the report can list every action. A JSON Lines file under the
// application data folder: each entry is one appended, synced line, so recording stays
// cheap however long the journal grows, and a process killed mid-write loses at most the
// line it was writing. It never holds a secret: callers pass
// ids, logins and masked values only.
class Journal : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QDateTime time; // UTC
        QString type;   // "item-confirmed", "key-created", ...
        QJsonObject data;
    };

    // `path` empty: in-memory only (the practice account's journal).
    explicit Journal(const QString& path, QObject* parent = nullptr);
    ~Journal() override;

    // The journal file for real accounts: <AppDataLocation>/journal.jsonl.
    static QString defaultPath();

    // Takes the journal for this process and reads the file if there is one. False with a
    // reason when another running window or command holds it (isHeldElsewhere(): then
    // nothing may change, and nothing is written), or when the file cannot be read. A line
    // that cannot be read is skipped and the lines after it are kept; a copy of the damaged
    // file is kept aside (journal.jsonl.broken-<time>) before anything is rewritten, and if
    // that copy cannot be made the file is left exactly as it is.
    bool load(QString* error = nullptr);
    // True after load() when another running process holds this journal. A lock left by a
    // process that has died is taken over.
    bool isHeldElsewhere() const { return m_heldElsewhere; }
    // Lines that load() had to skip because they could not be read.
    int skippedLines() const { return m_skippedLines; }
    // Appends and saves at once. False with a reason if the file could not be written.
    bool append(const QString& type, const QJsonObject& data, QString* error = nullptr);
    // Starts a new journal; the old file is kept as journal.json.<time>.
    bool startOver(QString* error = nullptr);

    const QList<Entry>& entries() const { return m_entries; }
    QString path() const { return m_path; }

Q_SIGNALS:
    void appended(const Journal::Entry& entry);

private:
    static QByteArray entryLine(const Entry& entry);
    static bool isHeader(const QByteArray& line);
    bool openFile(QString* error);
    void closeFile();
    bool writeLine(const QByteArray& line, QString* error);
    // Writes the whole journal anew, atomically (after a damaged or torn file).
    bool rewrite(QString* error);
    // The lock beside the file; false with a reason when another running process holds it.
    bool acquire(QString* error);
    static void restrictToOwner(const QString& path);

    QString m_path;
    QList<Entry> m_entries;
    std::unique_ptr<QFile> m_file; // open for appending while the journal is written
    std::unique_ptr<QLockFile> m_lock;
    bool m_heldElsewhere = false;
    int m_skippedLines = 0;
};
