#pragma once

#include "investigate/ProbeResponse.h"

#include <QByteArray>
#include <QList>
#include <QString>

// How a site answers addresses that cannot exist. Many sites answer "200 OK" with the same
// page (a home page, a friendly "not found") for every address; a probe hit that looks like
// that answer is no hit. Learnt from a few random paths before the real probes.
class SoftNotFoundBaseline
{
public:
    // Random paths, one per kind of name the probes use (a text file, a dot file in a folder,
    // a script).
    static QStringList randomPaths();

    void add(const ProbeResponse& response);
    bool isEmpty() const { return m_samples.isEmpty(); }
    int size() const { return int(m_samples.size()); }

    // True when `response` looks like the site's answer to a missing address: same status
    // class, same content type, and the same body (ignoring the address written into it) or
    // a body length within 5 % of a sample.
    bool matches(const ProbeResponse& response) const;

    // The fingerprint of a body with the requested path taken out (soft-404 pages often
    // repeat the address that was asked for).
    static QByteArray fingerprint(const QByteArray& body, const QUrl& requested);

private:
    struct Sample
    {
        int status = 0;
        QByteArray contentType;
        qsizetype length = 0;
        QByteArray hash;
    };
    QList<Sample> m_samples;
};
