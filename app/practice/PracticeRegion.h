#pragma once

#include <QString>
#include <QUrl>

// The practice account's own names for Mailgun's two regions and its two listening
// addresses. The practice server shares nothing with the client but the wire format, so it
// keeps its own small types; the program's entry points translate them.
enum class PracticeRegion
{
    Us,
    Eu
};

// "us" or "eu", as the practice account names its generated domains.
inline QString practiceRegionId(PracticeRegion region)
{
    return region == PracticeRegion::Eu ? QStringLiteral("eu") : QStringLiteral("us");
}

// Where the practice account listens: one base URL per region, on loopback.
struct PracticeEndpoints
{
    QUrl us;
    QUrl eu;
};
