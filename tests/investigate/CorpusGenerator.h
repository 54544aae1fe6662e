#pragma once

#include "investigate/LeakFinding.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// Writes realistic Laravel, Symfony, WordPress, Node and Django trees with synthetic secrets
// planted where each stack keeps them, and look-alikes next to them that a good scanner must
// not report: placeholders, example files, hashes, UUIDs, lock files, test fixtures. Every
// planted secret and risky file is recorded with its path (relative to the root), line and
// kind, so a test can demand exactly these findings and nothing else.
// Issue 15's harder places are written on request, not by writeAll(): every key shape, UTF-16
// and wrapped secrets (CorpusGeneratorHiding.cpp), files over 50 MB and a dump with its .sql.gz
// (CorpusGeneratorLarge.cpp), backups and a git history made by the real zip, tar, gzip and
// git tools (CorpusGeneratorBackups.cpp), and a set of look-alikes only.
class CorpusGenerator
{
public:
    struct Planted
    {
        QString path;
        qint64 line = 0;
        LeakFinding::Kind kind = LeakFinding::Kind::ApiKey;
        QString value;         // the secret as the scanner must report it; empty for risky files
        bool deepOnly = false; // inside node_modules or vendor
        // Only in a git repository's history: the file on disk no longer holds it.
        bool inHistory = false;
    };

    explicit CorpusGenerator(const QString& root, quint32 seed = 20261128);

    void writeLaravel(const QString& dir = QStringLiteral("laravel-shop"));
    void writeSymfony(const QString& dir = QStringLiteral("symfony-app"));
    void writeWordPress(const QString& dir = QStringLiteral("public_html"));
    void writeNode(const QString& dir = QStringLiteral("node-app"));
    void writeDjango(const QString& dir = QStringLiteral("django-site"));
    void writeAll();

    // Every key shape, sample words before keys, UTF-16 files and wrapped secrets (HTTP Basic,
    // SMTP AUTH transcripts, print_r and var_dump).
    void writeHidingPlaces(const QString& dir = QStringLiteral("hiding-places"));
    // A log of about `bytes` bytes with a key of each shape near its end.
    void writeLargeLog(const QString& path, qint64 bytes);
    // A database dump of about `bytes` bytes ending in a wp_options row with Mailgun settings,
    // and the same dump compressed by gzip beside it (`path` + ".gz"). False if gzip failed.
    bool writeLargeDump(const QString& path, qint64 bytes);
    // A site backup made by zip (in a web root) and one made by tar and gzip, each holding
    // keys, a wp_options dump after `fillerBytes` of rows, and placeholders; the .tar.gz holds
    // the dump as a .sql.gz and a log of `fillerBytes`. False if a tool failed.
    bool writeSiteBackups(const QString& dir = QStringLiteral("backups"), qint64 fillerBytes = 1 << 20);
    // A repository made by git whose history holds keys that its files no longer hold (one
    // edited out, one in a deleted file), and a deploy password in a remote URL.
    bool writeGitHistory(const QString& dir = QStringLiteral("git-site"));
    // Nothing in this folder may be reported: 32-8-8 hex strings in minified scripts with
    // nothing about Mailgun near them, hashes, UUID-like ids and placeholders.
    void writeLookAlikes(const QString& dir = QStringLiteral("look-alikes"));

    const QList<Planted>& planted() const { return m_planted; }
    QString root() const { return m_root; }

    // Synthetic secrets: random, never real.
    QString currentKey();
    QString legacyKey();
    QString publicKey();
    QString alnumKey();       // "key-" + 32 lower-case letters and digits
    QString alnumPublicKey(); // "pubkey-" + 32 lower-case letters and digits
    QString password();
    QString hex(int length);

    // Realistic text with no secrets (PHP, JavaScript, logs, SQL rows), `bytes` long.
    QByteArray fillerText(qint64 bytes, int style);
    // Writes a file; creates its folders. Returns false on an I/O error.
    bool writeFile(const QString& relativePath, const QByteArray& content);
    // Runs a command-line tool in the folder `relativeDir`; false when it did not exit with 0.
    bool runTool(const QString& relativeDir, const QString& program, const QStringList& arguments);

private:
    // Builds a text file line by line and records where secrets were planted.
    class TextFile
    {
    public:
        TextFile(CorpusGenerator* generator, QString path, bool deepOnly = false);
        TextFile& line(const QString& text);
        TextFile& lines(const QStringList& texts);
        // A line that holds `value`, which the scanner must report as `kind`.
        TextFile& plant(const QString& text, LeakFinding::Kind kind, const QString& value);
        // A line the scanner must report as a risky setting (debug mode, phpinfo()).
        TextFile& risky(const QString& text, LeakFinding::Kind kind);
        TextFile& raw(const QByteArray& bytes); // bytes with their own line breaks
        qint64 currentLine() const { return m_lineCount + 1; }
        void write();

    private:
        CorpusGenerator* m_generator;
        QString m_path;
        bool m_deepOnly;
        QByteArray m_content;
        qint64 m_lineCount = 0;
    };

    void plantWholeFile(const QString& path, LeakFinding::Kind kind);
    QString sqlOptionsDump(const QString& apiKey, const QString& smtpPassword, const QString& postKey,
                           const QString& postPassword);
    // Plants the four secrets of sqlOptionsDump() at `line` of `path`; returns the row.
    QString plantedOptionsDump(const QString& path, qint64 line);
    // What was planted in `from` (a file compressed, or a folder packed into an archive) now
    // sits at `to` ("db.sql.gz"; for a folder, the prefix the scanner gives the files inside:
    // "site.zip!"). Risky files are dropped: a copy inside a backup is not served.
    void movePlanted(const QString& from, const QString& to);
    QString alnum(int length);

    QString m_root;
    QRandomGenerator m_random;
    QList<Planted> m_planted;
};
