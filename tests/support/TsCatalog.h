#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A Qt Linguist .ts file as the tests read it, with QXmlStreamReader: an oracle that does not
// go through QTranslator or the compiled .qm files the program loads.
struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    // Translated and not marked "unfinished". Messages marked "vanished" or "obsolete" are
    // left out of the catalog: lrelease does not compile them.
    bool finished = false;
    QStringList translations; // one per plural form, or one; empty strings when unfinished
};

struct TsCatalog
{
    QString language; // the TS element's language attribute: "de", "pt_BR"
    QList<TsMessage> messages;

    // Reads `path`; on failure returns an empty catalog and says why in `error`.
    static TsCatalog read(const QString& path, QString* error);
};
