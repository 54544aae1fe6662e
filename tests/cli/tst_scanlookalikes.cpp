// `mailgun-recovery scan` on a site whose vendor script holds a 32-8-8 build hash and never
// mentions Mailgun (issue 15): no finding, but the output and the JSON say how many such
// values were set aside and in which file. The same value in a settings file is a finding.
#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray hash = "9d4e1c7a2b5f8e3d6a0c4b7e1f2d5a8c-3b6e9f1a-7c2d4e8b";

bool write(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestScanLookAlikes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scriptHashIsCountedNotReported()
    {
        QTemporaryDir home;
        QTemporaryDir site;
        QVERIFY(home.isValid() && site.isValid());
        QVERIFY(QDir(site.path()).mkpath(u"assets/js"_s));
        QVERIFY(write(site.filePath(u"assets/js/vendor.min.js"_s),
                      "!function(e){var t={build:\"" + hash + "\"};e.exports=t}(module);\n"));
        QProcessEnvironment environment = cliEnvironment(home);
        environment.remove(u"MAILGUN_API_KEY"_s);
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);

        const CliRun text = runCli({u"scan"_s, site.path()}, environment);
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(u"No Mailgun keys, passwords or risky files were found."_s), qPrintable(out));
        QVERIFY2(out.contains(u"1 value that looks like a Mailgun key is not listed as a finding: it is in a "
                              u"script that never "
                              u"mentions Mailgun"_s),
                 qPrintable(out));
        QVERIFY2(out.contains(u"- "_s + site.path() + u"/assets/js/vendor.min.js"_s), qPrintable(out));

        const CliRun json = runCli({u"scan"_s, u"--json"_s, site.path()}, environment);
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(result.value(u"findings"_s).toArray().size(), 0);
        const QJsonObject setAside = result.value(u"look_alikes_set_aside"_s).toObject();
        QCOMPARE(setAside.value(u"count"_s).toInteger(), 1);
        const QJsonArray files = setAside.value(u"files"_s).toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.at(0).toString(), site.path() + u"/assets/js/vendor.min.js"_s);
    }

    void sameValueInSettingsIsAFinding()
    {
        QTemporaryDir home;
        QTemporaryDir site;
        QVERIFY(home.isValid() && site.isValid());
        QVERIFY(write(site.filePath(u"settings.ini"_s), "build=" + hash + "\n"));
        QProcessEnvironment environment = cliEnvironment(home);
        environment.remove(u"MAILGUN_API_KEY"_s);
        const CliRun json = runCli({u"scan"_s, u"--json"_s, site.path()}, environment);
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(result.value(u"findings"_s).toArray().size(), 1);
        QCOMPARE(result.value(u"look_alikes_set_aside"_s).toObject().value(u"count"_s).toInteger(), 0);
    }
};

QTEST_GUILESS_MAIN(TestScanLookAlikes)
#include "tst_scanlookalikes.moc"
