// CorpusGenerator's building blocks: random synthetic secrets, filler text, files and the
// TextFile that records what was planted. The framework trees are in CorpusGeneratorTrees.cpp.
#include "CorpusGenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;
using Kind = LeakFinding::Kind;

CorpusGenerator::CorpusGenerator(const QString& root, quint32 seed)
    : m_root(root)
    , m_random(seed)
{}

QString CorpusGenerator::hex(int length)
{
    static const char digits[] = "0123456789abcdef";
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char(digits[m_random.bounded(16)]));
    return text;
}

QString CorpusGenerator::currentKey()
{
    return hex(32) + u'-' + hex(8) + u'-' + hex(8);
}

QString CorpusGenerator::legacyKey()
{
    return u"key-"_s + hex(32);
}

QString CorpusGenerator::publicKey()
{
    return u"pubkey-"_s + hex(32);
}

QString CorpusGenerator::alnum(int length)
{
    static const char chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char(chars[m_random.bounded(36)]));
    return text;
}

QString CorpusGenerator::alnumKey()
{
    return u"key-"_s + alnum(32);
}

QString CorpusGenerator::alnumPublicKey()
{
    return u"pubkey-"_s + alnum(32);
}

QString CorpusGenerator::password()
{
    static const char chars[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString text;
    for (int i = 0; i < 20; ++i)
        text.append(QLatin1Char(chars[m_random.bounded(int(sizeof chars) - 1)]));
    return text;
}

bool CorpusGenerator::writeFile(const QString& relativePath, const QByteArray& content)
{
    const QString path = m_root + u'/' + relativePath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

bool CorpusGenerator::runTool(const QString& relativeDir, const QString& program,
                              const QStringList& arguments)
{
    const QString dir = m_root + u'/' + relativeDir;
    QDir().mkpath(dir);
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    return process.waitForFinished(600000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

void CorpusGenerator::movePlanted(const QString& from, const QString& to)
{
    QList<Planted> kept;
    for (Planted& planted : m_planted) {
        const bool inFolder = planted.path.startsWith(from + u'/');
        if (!inFolder && planted.path != from) {
            kept.append(std::move(planted));
        } else if (!planted.value.isEmpty()) {
            planted.path = inFolder ? to + planted.path.mid(from.size() + 1) : to;
            kept.append(std::move(planted));
        }
    }
    m_planted = std::move(kept);
}

QString CorpusGenerator::plantedOptionsDump(const QString& path, qint64 line)
{
    const QString apiKey = currentKey();
    const QString smtpPassword = password();
    const QString postKey = currentKey();
    const QString postPassword = password();
    m_planted.append(Planted{path, line, Kind::ApiKey, apiKey});
    m_planted.append(Planted{path, line, Kind::SmtpPassword, smtpPassword});
    m_planted.append(Planted{path, line, Kind::ApiKey, postKey});
    m_planted.append(Planted{path, line, Kind::SmtpPassword, postPassword});
    return sqlOptionsDump(apiKey, smtpPassword, postKey, postPassword);
}

CorpusGenerator::TextFile::TextFile(CorpusGenerator* generator, QString path, bool deepOnly)
    : m_generator(generator)
    , m_path(std::move(path))
    , m_deepOnly(deepOnly)
{}

CorpusGenerator::TextFile& CorpusGenerator::TextFile::line(const QString& text)
{
    m_content += text.toUtf8() + '\n';
    ++m_lineCount;
    return *this;
}

CorpusGenerator::TextFile& CorpusGenerator::TextFile::lines(const QStringList& texts)
{
    for (const QString& text : texts)
        line(text);
    return *this;
}

CorpusGenerator::TextFile& CorpusGenerator::TextFile::plant(const QString& text, Kind kind,
                                                            const QString& value)
{
    m_generator->m_planted.append(Planted{m_path, currentLine(), kind, value, m_deepOnly});
    return line(text);
}

CorpusGenerator::TextFile& CorpusGenerator::TextFile::risky(const QString& text, Kind kind)
{
    m_generator->m_planted.append(Planted{m_path, currentLine(), kind, QString(), m_deepOnly});
    return line(text);
}

CorpusGenerator::TextFile& CorpusGenerator::TextFile::raw(const QByteArray& bytes)
{
    m_content += bytes;
    m_lineCount += bytes.count('\n');
    return *this;
}

void CorpusGenerator::TextFile::write()
{
    m_generator->writeFile(m_path, m_content);
}

void CorpusGenerator::plantWholeFile(const QString& path, Kind kind)
{
    m_planted.append(Planted{path, 0, kind, QString(), false});
}

QByteArray CorpusGenerator::fillerText(qint64 bytes, int style)
{
    static const QStringList words{u"order"_s,   u"customer"_s, u"invoice"_s,  u"payment"_s, u"session"_s,
                                   u"cache"_s,   u"user"_s,     u"product"_s,  u"request"_s, u"response"_s,
                                   u"message"_s, u"queue"_s,    u"template"_s, u"address"_s, u"status"_s};
    QByteArray text;
    text.reserve(bytes + 256);
    int n = 0;
    while (text.size() < bytes) {
        const QString a = words[m_random.bounded(words.size())];
        const QString b = words[m_random.bounded(words.size())];
        const int number = m_random.bounded(100000);
        QString line;
        switch ((style + n) % 5) {
        case 0: // PHP
            line =
                u"    public function get%1%2(int $id): ?array { return $this->%3Repository->find($id) ?? []; } // #%4"_s
                    .arg(a.at(0).toUpper() + a.mid(1), b.at(0).toUpper() + b.mid(1), a)
                    .arg(number);
            break;
        case 1: // JavaScript
            line =
                u"export const %1_%2 = (x) => fetch(`/api/%1/${x}`, { headers: { 'x-request-id': '%3-%4' } }); // %5"_s
                    .arg(a, b, hex(8), hex(4))
                    .arg(number);
            break;
        case 2: // Log
            line = u"[2026-11-%1 10:%2:%3] production.INFO: %4 %5 processed in %6 ms {\"id\":\"%7-%8-%9\"}"_s
                       .arg(10 + number % 18)
                       .arg(number % 60, 2, 10, QLatin1Char('0'))
                       .arg(n % 60, 2, 10, QLatin1Char('0'))
                       .arg(a, b)
                       .arg(number % 900)
                       .arg(hex(8), hex(4), hex(12));
            break;
        case 3: // SQL row
            line = u"(%1,'%2-%3','%4','2026-10-%5 08:00:00','%6'),"_s.arg(number)
                       .arg(a, b, hex(32))
                       .arg(10 + number % 18)
                       .arg(hex(40));
            break;
        default: // Prose
            line =
                u"The %1 is stored with its %2 and can be updated on the %1 settings page (see section %3)."_s
                    .arg(a, b)
                    .arg(number % 40);
            break;
        }
        text += line.toUtf8() + '\n';
        ++n;
    }
    return text;
}
