#pragma once

// What the support report suites share: secrets planted where free text goes, a journal
// with every entry type, and reading a PDF back as text and as pixels.
#include "recovery/Journal.h"

#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTest>
#include <QTimeZone>

namespace SupportReportFixture {

using namespace Qt::StringLiterals;

// Look-alikes of every Mailgun key shape, planted where free text goes.
inline const QString plantedCurrentKey = u"0f1e2d3c4b5a69788796a5b4c3d2e1f0-1a2b3c4d-5e6f7a8b"_s;
inline const QString plantedLegacyKey = u"key-3ax6xnjp29jd6fds4gc373sgvjxteol0"_s;
inline const QString plantedPublicKey = u"pubkey-5ogiflzbnjrljiky49qxsiozqef5jxp7"_s;
// A password in a field whose name says it is one: never shown, whatever its shape.
inline const QString plantedPassword = u"Hunter2-planted-smtp-password"_s;

// Without white space and with ligatures ("ﬁ") split again, as text read back from a PDF.
inline QString collapsed(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression space(u"\\s+"_s);
    return text.replace(space, QString());
}

// PDF text comes out in drawing order: the lines of one table cell can have other cells, a
// page number or a repeated table header between them. So the sentence must appear with its
// start in one piece and every further character in order, never further than a few lines
// of other text from the one before.
inline bool appearsInOrder(const QString& text, const QString& sentence)
{
    constexpr qsizetype maxGap = 90;
    const QString start = sentence.left(10);
    for (qsizetype from = text.indexOf(start); from >= 0; from = text.indexOf(start, from + 1)) {
        qsizetype at = from + start.size();
        qsizetype matched = start.size();
        for (; matched < sentence.size(); ++matched) {
            const qsizetype found = text.indexOf(sentence.at(matched), at);
            if (found < 0 || found - at > maxGap)
                break;
            at = found + 1;
        }
        if (matched == sentence.size())
            return true;
    }
    return false;
}

inline QString pdfText(const QString& path)
{
    QProcess process;
    // -raw: in drawing order, so a table cell's lines stay together and a hyphen at the end of
    // a line is kept ("abcd0001-abcd0002" is not a hyphenated word).
    process.start(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The share of pixels on the first page that are not (nearly) white.
inline double inkOnFirstPage(const QString& pdfPath, const QString& pngPrefix)
{
    QProcess process;
    process.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"50"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s,
                                  u"-singlefile"_s, pdfPath, pngPrefix});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return -1;
    QImage image(pngPrefix + u".png"_s);
    if (image.isNull())
        return -1;
    image = image.convertToFormat(QImage::Format_RGB32);
    qint64 inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            inked += qGray(line[x]) < 200 ? 1 : 0;
    }
    return double(inked) / (double(image.width()) * image.height());
}

inline Journal::Entry entry(const QString& type, QJsonObject data, int secondsAfter = 0)
{
    return {QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()).addSecs(secondsAfter), type, data};
}

inline QJsonObject smtpRow(const QString& login, const QString& domain = u"mg.example.com"_s,
                           const QString& region = u"us"_s)
{
    return {{u"practice"_s, false}, {u"region"_s, region}, {u"domain"_s, domain}, {u"login"_s, login}};
}

inline QJsonObject with(QJsonObject object, const QString& name, const QJsonValue& value)
{
    object.insert(name, value);
    return object;
}

// Every entry type other than step 2's, which the real controller writes.
inline void appendPlantedEntries(Journal& journal)
{
    const auto add = [&journal](const QString& type, const QJsonObject& data) {
        QVERIFY(journal.append(type, data));
    };
    add(u"incident-start"_s, {{u"start"_s, u"2026-11-20T08:00:00Z"_s}});
    add(u"finding"_s, {{u"practice"_s, false},
                       {u"source"_s, u"scan"_s},
                       {u"kind"_s, u"Private API key in a settings file"_s},
                       {u"severity"_s, u"high"_s},
                       {u"location"_s, u"/var/www/shop/.env"_s},
                       {u"line"_s, 12},
                       {u"masked"_s, plantedCurrentKey}, // as if the scanner forgot to mask it
                       {u"advice"_s, QString(u"Move the key out of the web root: "_s + plantedLegacyKey)}});
    add(u"finding"_s, {{u"practice"_s, false},
                       {u"source"_s, u"probe"_s},
                       {u"kind"_s, u"phpinfo page is public"_s},
                       {u"severity"_s, u"medium"_s},
                       {u"location"_s, u"https://shop.example.com/info.php"_s},
                       {u"masked"_s, u"—"_s},
                       {u"advice"_s, u"Delete the page."_s}});
    add(u"item-confirmed"_s, {{u"step"_s, u"investigate"_s},
                              {u"item"_s, u"investigate-website-files"_s},
                              {u"confirmed"_s, true},
                              {u"practice"_s, false}});
    add(u"item-confirmed"_s, {{u"step"_s, u"report"_s},
                              {u"item"_s, u"report-hosting-contacted"_s},
                              {u"confirmed"_s, true},
                              {u"practice"_s, false}});
    add(u"item-confirmed"_s, {{u"step"_s, u"investigate"_s},
                              {u"item"_s, u"investigate-plugins"_s},
                              {u"confirmed"_s, false},
                              {u"practice"_s, false}});
    add(u"key-stored"_s, {{u"practice"_s, false}, {u"id"_s, u"aaaa1111-bbbb2222"_s}});
    add(u"key-orphan-deleted"_s, {{u"practice"_s, false}, {u"id"_s, u"cccc3333-dddd4444"_s}});
    add(u"key-create-sent"_s, {{u"practice"_s, false}, {u"marker"_s, u"mra-0badc0ffee00"_s}});
    add(u"key-delete-sent"_s, {{u"practice"_s, false}, {u"id"_s, u"eeee5555-ffff6666"_s}});
    add(u"key-delete-failed"_s, {{u"practice"_s, false},
                                 {u"id"_s, u"eeee5555-ffff6666"_s},
                                 {u"error"_s, QString(u"forbidden "_s + plantedPublicKey)}});
    add(u"users-checked"_s,
        {{u"practice"_s, false},
         {u"incident_start"_s, u"2026-11-20T08:00:00Z"_s},
         {u"users"_s, QJsonArray{QJsonObject{{u"id"_s, u"u1"_s},
                                             {u"name"_s, u"Ada Owner"_s},
                                             {u"email"_s, u"ada@example.com"_s},
                                             {u"role"_s, u"admin"_s},
                                             {u"owner"_s, true},
                                             {u"password_updated_at"_s, u"2026-11-21T10:00:00Z"_s},
                                             {u"password_changed"_s, true},
                                             {u"tfa_active"_s, true}},
                                 QJsonObject{{u"id"_s, u"u2"_s},
                                             {u"name"_s, u"Bob Helper"_s},
                                             {u"email"_s, u"bob@example.com"_s},
                                             {u"role"_s, u"developer"_s},
                                             {u"owner"_s, false},
                                             {u"password_updated_at"_s, u"2025-01-02T03:04:05.678Z"_s},
                                             {u"password_changed"_s, false},
                                             {u"tfa_active"_s, false}}}}});
    add(u"user-reset-link-opened"_s,
        {{u"practice"_s, false}, {u"user_id"_s, u"u2"_s}, {u"email"_s, u"bob@example.com"_s}});
    QJsonArray rows;
    for (const QString& login :
         {u"postmaster@mg.example.com"_s, u"app@mg.example.com"_s, u"spam@mg.example.com"_s})
        rows.append(with(smtpRow(login), u"action"_s, u"new-password"_s));
    add(u"smtp-reset-started"_s, {{u"practice"_s, false}, {u"rows"_s, rows}});
    add(u"smtp-password-stored"_s, smtpRow(u"postmaster@mg.example.com"_s));
    add(u"smtp-update-sent"_s, smtpRow(u"postmaster@mg.example.com"_s));
    add(u"smtp-password-set"_s, smtpRow(u"postmaster@mg.example.com"_s));
    add(u"smtp-password-not-stored"_s, smtpRow(u"app@mg.example.com"_s));
    add(u"smtp-update-sent"_s, smtpRow(u"app@mg.example.com"_s));
    add(u"smtp-update-failed"_s, with(smtpRow(u"app@mg.example.com"_s), u"error"_s, u"timeout"_s));
    add(u"smtp-delete-sent"_s, smtpRow(u"spam@mg.example.com"_s));
    add(u"smtp-deleted"_s, smtpRow(u"spam@mg.example.com"_s));
    add(u"smtp-delete-sent"_s, smtpRow(u"old@mg.example.eu"_s, u"mg.example.eu"_s, u"eu"_s));
    add(u"smtp-delete-failed"_s,
        with(smtpRow(u"old@mg.example.eu"_s, u"mg.example.eu"_s, u"eu"_s), u"error"_s, u"server-error"_s));
    add(u"smtp-delete-sent"_s, smtpRow(u"lost@mg.example.com"_s));
    add(u"smtp-reset-finished"_s,
        {{u"practice"_s, false}, {u"set"_s, 1}, {u"deleted"_s, 1}, {u"failed"_s, 2}});
    add(u"signing-key-rotated"_s, {{u"practice"_s, false},
                                   {u"domain"_s, u"mg.example.com"_s},
                                   {u"note"_s, QString(u"rotated "_s + plantedCurrentKey)},
                                   {u"secret"_s, plantedPassword}});
}

} // namespace SupportReportFixture
