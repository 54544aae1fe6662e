#include "recovery/Journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

constexpr int formatVersion = 1;

QString timestampSuffix()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
}

} // namespace

Journal::Journal(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
{}

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal.json"_s;
}

bool Journal::load(QString* error)
{
    m_entries.clear();
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                QCoreApplication::translate("Journal", "The record of your progress could not be opened: %1")
                    .arg(file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // Keep the damaged file for inspection and start a fresh record; nothing is deleted.
        const QString aside = m_path + u".broken-"_s + timestampSuffix();
        QFile::rename(m_path, aside);
        if (error)
            *error =
                QCoreApplication::translate(
                    "Journal",
                    "The record of your progress was damaged. It was kept as %1 and a new one was started.")
                    .arg(QDir::toNativeSeparators(aside));
        return false;
    }
    const QJsonArray entries = document.object().value(u"entries"_s).toArray();
    for (const QJsonValue& value : entries) {
        const QJsonObject object = value.toObject();
        Entry entry;
        entry.time = QDateTime::fromString(object.value(u"time"_s).toString(), Qt::ISODateWithMs);
        entry.type = object.value(u"type"_s).toString();
        entry.data = object.value(u"data"_s).toObject();
        if (entry.time.isValid() && !entry.type.isEmpty())
            m_entries.append(entry);
    }
    return true;
}

bool Journal::append(const QString& type, const QJsonObject& data, QString* error)
{
    Entry entry{QDateTime::currentDateTimeUtc(), type, data};
    m_entries.append(entry);
    const bool saved = save(error);
    Q_EMIT appended(entry);
    return saved;
}

bool Journal::startOver(QString* error)
{
    if (!m_path.isEmpty() && QFileInfo::exists(m_path)) {
        const QString aside = m_path + u'.' + timestampSuffix();
        if (!QFile::rename(m_path, aside)) {
            if (error)
                *error = QCoreApplication::translate(
                    "Journal", "The old record of your progress could not be put aside.");
            return false;
        }
    }
    m_entries.clear();
    return true;
}

bool Journal::save(QString* error)
{
    if (m_path.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray entries;
    for (const Entry& entry : std::as_const(m_entries)) {
        entries.append(QJsonObject{{u"time"_s, entry.time.toString(Qt::ISODateWithMs)},
                                   {u"type"_s, entry.type},
                                   {u"data"_s, entry.data}});
    }
    const QJsonObject root{{u"format"_s, formatVersion}, {u"entries"_s, entries}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Journal", "Your progress could not be saved to %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}
