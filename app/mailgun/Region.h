#pragma once

#include <QString>

#include <array>

// Mailgun keeps keys and users globally, but domains, SMTP credentials, routes, webhooks,
// events and stats per region, so almost every review has to look at both.
enum class Region
{
    Us,
    Eu
};

inline constexpr std::array<Region, 2> allRegions{Region::Us, Region::Eu};

// "us" or "eu": the form used in keychain keys, the journal and JSON output.
QString regionId(Region region);
// Parses "us"/"eu" (any case); returns false for anything else.
bool regionFromId(const QString& id, Region* region);
// What a person reads: "United States (US)" / "European Union (EU)".
QString regionDisplayName(Region region);
// The SMTP server an application must use with credentials of this region.
QString smtpHost(Region region);
