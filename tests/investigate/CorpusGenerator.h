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
    };

    explicit CorpusGenerator(const QString& root, quint32 seed = 20261128);

    void writeLaravel(const QString& dir = QStringLiteral("laravel-shop"));
    void writeSymfony(const QString& dir = QStringLiteral("symfony-app"));
    void writeWordPress(const QString& dir = QStringLiteral("public_html"));
    void writeNode(const QString& dir = QStringLiteral("node-app"));
    void writeDjango(const QString& dir = QStringLiteral("django-site"));
    void writeAll();

    const QList<Planted>& planted() const { return m_planted; }
    QString root() const { return m_root; }

    // Synthetic secrets: random, never real.
    QString currentKey();
    QString legacyKey();
    QString publicKey();
    QString password();
    QString hex(int length);

    // Realistic text with no secrets (PHP, JavaScript, logs, SQL rows), `bytes` long.
    QByteArray fillerText(qint64 bytes, int style);
    // Writes a file; creates its folders. Returns false on an I/O error.
    bool writeFile(const QString& relativePath, const QByteArray& content);

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

    QString m_root;
    QRandomGenerator m_random;
    QList<Planted> m_planted;
};
