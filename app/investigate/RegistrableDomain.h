#pragma once

#include <QString>

// The part of a host name a company registers ("northwind-outfitters.com" for
// "hooks.mg.northwind-outfitters.com", "example.co.uk" for "mail.example.co.uk"): anything
// under it belongs to the same owner. Without the full public suffix list, the common
// two-label suffixes are known; that is enough to tell "own" from "someone else's" here.
namespace RegistrableDomain {
// Lower-case registrable name of `host`; empty for an IP address or a bare name.
QString of(const QString& host);
// True when `host` is `registrable` or a name under it.
bool isUnder(const QString& host, const QString& registrable);
} // namespace RegistrableDomain
