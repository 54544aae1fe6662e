#include "investigate/SoftNotFoundBaseline.h"

#include <QCryptographicHash>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString randomName()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray withoutAll(QByteArray body, const QByteArray& text)
{
    if (text.size() > 1)
        body.replace(text, QByteArray());
    return body;
}

} // namespace

QStringList SoftNotFoundBaseline::randomPaths()
{
    return {randomName() + u".txt"_s, randomName() + u"/.env"_s, randomName() + u".php"_s};
}

QByteArray SoftNotFoundBaseline::fingerprint(const QByteArray& body, const QUrl& requested)
{
    // The path as the site may echo it: encoded, decoded, and the bare file name.
    QByteArray text = withoutAll(body, requested.path(QUrl::FullyEncoded).toUtf8());
    text = withoutAll(text, requested.path(QUrl::FullyDecoded).toUtf8());
    text = withoutAll(text, requested.fileName(QUrl::FullyDecoded).toUtf8());
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256);
}

void SoftNotFoundBaseline::add(const ProbeResponse& response)
{
    if (!response.answered())
        return;
    m_samples.append(Sample{response.status, response.contentType, response.body.size(),
                            fingerprint(response.body, response.requested)});
}

bool SoftNotFoundBaseline::matches(const ProbeResponse& response) const
{
    const QByteArray hash = fingerprint(response.body, response.requested);
    const qsizetype length = response.body.size();
    for (const Sample& sample : m_samples) {
        if (sample.status / 100 != response.status / 100 || sample.contentType != response.contentType)
            continue;
        if (sample.hash == hash)
            return true;
        const qsizetype difference = qAbs(sample.length - length);
        if (difference * 20 <= qMax(sample.length, length))
            return true;
    }
    return false;
}
