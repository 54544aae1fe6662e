#pragma once

#include "practice/PracticeHttp.h"
#include "practice/PracticeModel.h"

#include <QDateTime>
#include <QHostAddress>

#include <optional>

class PracticeAccount;

// Mailgun's checks before an endpoint runs: HTTP Basic with user "api" and a live key, and
// the IP allowlist (both 401 text/plain "Forbidden", which never says which check failed), a
// disabled account (403), a domain sending key outside its domain's messages (401 JSON
// "Invalid private key"), and what the key's role and kind may touch (403). See
// docs/mailgun-behaviour.md points 1 and 2, and shared/reference/mailgun-api.md §1.6, §6, §9.
class PracticeAuth
{
public:
    struct Result
    {
        std::optional<PracticeKey> key; // set when every check passed
        std::optional<PracticeResponse> failure;
    };

    static Result check(const PracticeHttpRequest& request, const QHostAddress& peer,
                        PracticeAccount& account, const QDateTime& now);

    // True when `peer` matches one entry (single address or CIDR) of the allowlist.
    static bool isAllowlisted(const QList<PracticeAllowEntry>& allowlist, const QHostAddress& peer);
    // True when `address` is a valid IP address or CIDR block.
    static bool isValidAddressOrCidr(const QString& address);
    // The 403 for a key whose role or kind may not make this request; nothing when it may.
    static std::optional<PracticeResponse> checkRole(const PracticeKey& key, const QByteArray& method,
                                                     const QStringList& segments);
};
