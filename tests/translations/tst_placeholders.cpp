// Every finished translation keeps what the program fills in or the keyboard needs: the
// source's placeholders (%1 to %9, %n; in every plural form) and its "&" accelerator. Reads
// the .ts files of translations/ (or of MRA_TS_DIR) with QXmlStreamReader. Unfinished
// messages are left to translations_complete.
#include "TsCatalog.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString tsFolder()
{
    return qEnvironmentVariable("MRA_TS_DIR", QStringLiteral(MRA_TRANSLATIONS_SOURCE_DIR));
}

QSet<QString> placeholdersOf(const QString& text)
{
    static const QRegularExpression placeholder(u"%(?:[1-9]|n)"_s);
    QSet<QString> found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QString sorted(const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(u' ');
}

// "&Next" has an accelerator; "Q&&A" has a literal ampersand only.
bool hasAccelerator(const QString& text)
{
    return QString(text).remove(u"&&"_s).contains(u'&');
}

} // namespace

class TestPlaceholders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholdersAndAcceleratorsAreKept_data();
    void placeholdersAndAcceleratorsAreKept();
};

void TestPlaceholders::placeholdersAndAcceleratorsAreKept_data()
{
    QTest::addColumn<QString>("path");
    const QDir folder(tsFolder());
    const QStringList files = folder.entryList({u"mailgun-recovery_*.ts"_s}, QDir::Files);
    QVERIFY2(!files.isEmpty(), qPrintable(folder.path()));
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << folder.filePath(file);
}

void TestPlaceholders::placeholdersAndAcceleratorsAreKept()
{
    QFETCH(QString, path);
    QString error;
    const TsCatalog catalog = TsCatalog::read(path, &error);
    QVERIFY2(!catalog.messages.isEmpty(), qPrintable(error));
    QStringList problems;
    int checked = 0;
    for (const TsMessage& message : catalog.messages) {
        if (!message.finished)
            continue;
        ++checked;
        const QSet<QString> wanted = placeholdersOf(message.source);
        for (const QString& form : message.translations) {
            const QString where = u"%1: \"%2\" -> \"%3\""_s.arg(message.context, message.source, form);
            if (placeholdersOf(form) != wanted)
                problems.append(u"%1: placeholders %2, the source has %3"_s.arg(
                    where, sorted(placeholdersOf(form)), sorted(wanted)));
            if (hasAccelerator(message.source) && !hasAccelerator(form))
                problems.append(where + u": the \"&\" accelerator is missing"_s);
        }
    }
    qInfo("%s: %d finished messages checked", qPrintable(QFileInfo(path).fileName()), checked);
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

QTEST_MAIN(TestPlaceholders)
#include "tst_placeholders.moc"
