#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QFile;

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

    // Reads the file if there is one. False with a reason if it exists but cannot be read;
    // the broken file is kept aside (journal.json.broken-<time>) and nothing is lost.
    bool load(QString* error = nullptr);
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

    QString m_path;
    QList<Entry> m_entries;
    std::unique_ptr<QFile> m_file; // open for appending while the journal is written
};
