#include "TsCatalog.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// Reads one <message>, the reader on its start element.
TsMessage readMessage(QXmlStreamReader& xml, const QString& context, bool* current)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
    *current = true;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source"_s) {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            const QStringView type = xml.attributes().value(u"type"_s);
            *current = type != u"vanished"_s && type != u"obsolete"_s;
            const bool unfinished = type == u"unfinished"_s;
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform"_s)
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
            bool empty = message.translations.isEmpty();
            for (const QString& form : std::as_const(message.translations))
                empty = empty || form.isEmpty();
            message.finished = !unfinished && !empty;
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

} // namespace

TsCatalog TsCatalog::read(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return {};
    }
    TsCatalog catalog;
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == u"TS"_s) {
        catalog.language = xml.attributes().value(u"language"_s).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != u"context"_s) {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name"_s) {
                    context = xml.readElementText();
                } else if (xml.name() == u"message"_s) {
                    bool current = true;
                    TsMessage message = readMessage(xml, context, &current);
                    if (current)
                        catalog.messages.append(message);
                } else {
                    xml.skipCurrentElement();
                }
            }
        }
    }
    if (xml.hasError() || catalog.messages.isEmpty()) {
        *error = u"%1: %2"_s.arg(path, xml.hasError() ? xml.errorString() : u"no messages"_s);
        return {};
    }
    return catalog;
}
