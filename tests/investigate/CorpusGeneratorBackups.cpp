// Backups and history for CorpusGenerator, made by the real zip, tar, gzip and git tools:
// what they hold is what the planted list says, whatever the scanner reads.
#include "CorpusGenerator.h"
#include "TestGitRepository.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using Kind = LeakFinding::Kind;

bool CorpusGenerator::writeSiteBackups(const QString& dir, qint64 fillerBytes)
{
    // A WordPress site packed by zip, kept in the web root where anyone can download it.
    const QString zipStage = dir + u"/.stage-zip"_s;
    const QString wpKey = currentKey();
    const QString wpPassword = password();
    TextFile(this, zipStage + u"/public_html/wp-config.php"_s)
        .lines({u"<?php"_s, u"define( 'DB_NAME', 'blog' );"_s, u"define( 'MAILGUN_USEAPI', true );"_s})
        .plant(u"define( 'MAILGUN_APIKEY', '"_s + wpKey + u"' );"_s, Kind::ApiKey, wpKey)
        .line(u"define( 'WPMS_SMTP_HOST', 'smtp.mailgun.org' );"_s)
        .plant(u"define( 'WPMS_SMTP_PASS', '"_s + wpPassword + u"' );"_s, Kind::SmtpPassword, wpPassword)
        .line(u"define( 'MAILGUN_SAMPLE', 'key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' );"_s)
        .write();
    const QString exportPath = zipStage + u"/public_html/wp-content/uploads/db-export.sql"_s;
    TextFile exported(this, exportPath);
    exported.line(u"INSERT INTO `wp_posts` VALUES "_s).raw(fillerText(fillerBytes, 3));
    exported.line(plantedOptionsDump(exportPath, exported.currentLine())).write();
    TextFile(this, zipStage + u"/public_html/index.php"_s)
        .line(u"<?php require 'wp-blog-header.php';"_s)
        .write();
    const QString zipName = u"site-backup-2026-11-01.zip"_s;
    if (!runTool(zipStage, u"zip"_s, {u"-q"_s, u"-r"_s, u"-X"_s, zipName, u"public_html"_s}))
        return false;
    QDir().mkpath(m_root + u'/' + dir + u"/public_html"_s);
    const QString zipPath = dir + u"/public_html/"_s + zipName;
    if (!QFile::rename(m_root + u'/' + zipStage + u'/' + zipName, m_root + u'/' + zipPath))
        return false;
    movePlanted(zipStage, zipPath + u'!');
    plantWholeFile(zipPath, Kind::BackupInWebRoot);

    // A Laravel shop packed by tar and gzip, with its database as a .sql.gz inside.
    const QString tarStage = dir + u"/.stage-tar"_s;
    const QString envKey = currentKey();
    const QString envPassword = password();
    TextFile(this, tarStage + u"/laravel-shop/.env"_s)
        .lines({u"APP_ENV=production"_s, u"MAIL_HOST=smtp.mailgun.org"_s})
        .plant(u"MAIL_PASSWORD="_s + envPassword, Kind::SmtpPassword, envPassword)
        .plant(u"MAILGUN_SECRET="_s + envKey, Kind::ApiKey, envKey)
        .write();
    TextFile(this, tarStage + u"/laravel-shop/storage/logs/app.log"_s)
        .raw(fillerText(fillerBytes, 2))
        .write();
    const QString sqlPath = tarStage + u"/laravel-shop/storage/app/db.sql"_s;
    TextFile sql(this, sqlPath);
    sql.line(u"-- MySQL dump 10.13"_s).raw(fillerText(fillerBytes / 4, 3));
    sql.line(plantedOptionsDump(sqlPath, sql.currentLine())).write();
    if (!runTool(tarStage + u"/laravel-shop/storage/app"_s, u"gzip"_s, {u"-f"_s, u"db.sql"_s}))
        return false;
    movePlanted(sqlPath, sqlPath + u".gz"_s);
    const QString tarName = u"laravel-shop-2026-11-02.tar.gz"_s;
    if (!runTool(tarStage, u"tar"_s, {u"-czf"_s, tarName, u"laravel-shop"_s}))
        return false;
    const QString tarPath = dir + u'/' + tarName;
    if (!QFile::rename(m_root + u'/' + tarStage + u'/' + tarName, m_root + u'/' + tarPath))
        return false;
    movePlanted(tarStage, tarPath + u'!');
    return QDir(m_root + u'/' + zipStage).removeRecursively() &&
           QDir(m_root + u'/' + tarStage).removeRecursively();
}

bool CorpusGenerator::writeGitHistory(const QString& dir)
{
    TestGitRepository repository(m_root + u'/' + dir);
    const QString editedKey = currentKey();
    const QString deletedKey = alnumKey();
    if (!repository.init() ||
        !repository.write(u".env"_s, (u"APP_NAME=Shop\nMAILGUN_DOMAIN=mg.shop.test\nMAILGUN_SECRET="_s +
                                      editedKey + u"\n"_s)
                                         .toUtf8()) ||
        !repository.write(u"config/old-mailer.php"_s,
                          (u"<?php\nreturn ['mailgun_key' => '"_s + deletedKey + u"'];\n"_s).toUtf8()) ||
        !repository.commit(u"First version of the shop"_s, u"2026-10-01T09:00:00+02:00"_s))
        return false;
    // The keys leave the files; the history keeps them.
    if (!repository.write(u".env"_s, "APP_NAME=Shop\nMAILGUN_DOMAIN=mg.shop.test\nMAILGUN_SECRET=\n") ||
        !repository.remove(u"config/old-mailer.php"_s) ||
        !repository.commit(u"Move secrets out of the repository"_s, u"2026-11-01T09:00:00+01:00"_s))
        return false;
    m_planted.append(Planted{dir + u"/.env"_s, 3, Kind::ApiKey, editedKey, false, true});
    m_planted.append(
        Planted{dir + u"/config/old-mailer.php"_s, 2, Kind::LegacyApiKey, deletedKey, false, true});
    // A deploy password inside the remote's URL, in .git/config.
    const QString deployPassword = password();
    if (repository
            .git({u"remote"_s, u"add"_s, u"origin"_s,
                  u"https://deploy:"_s + deployPassword + u"@git.example.org/shop/site.git"_s})
            .isNull())
        return false;
    QFile config(m_root + u'/' + dir + u"/.git/config"_s);
    if (!config.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = config.readAll().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].contains("@git.example.org/"))
            m_planted.append(
                Planted{dir + u"/.git/config"_s, i + 1, Kind::GitRemotePassword, deployPassword});
    }
    return true;
}
