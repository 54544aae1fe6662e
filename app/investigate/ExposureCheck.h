#pragma once

#include "investigate/ProbePath.h"
#include "investigate/ProbeResponse.h"

class SoftNotFoundBaseline;

// Decides whether an answer to a probe is a real exposure: a success status for the address
// that was asked for (not a redirect to the home page or a login), the content markers of
// its kind, a plausible content type, and a body unlike the site's answer to missing pages.
namespace ExposureCheck {

enum class Verdict
{
    Exposed,
    NotFound,         // no answer, an error status, or a redirect to another page
    LooksLikeMissing, // the same as the site's answer to addresses that cannot exist
    WrongType,        // the content type or the shape of the body does not fit
    NoMarkers,        // the body lacks what the real file always has
};

Verdict check(const ProbePath& path, const ProbeResponse& response, const SoftNotFoundBaseline& baseline);

// The parts of `check`, for tests.
bool hasMarkers(const ExposureKind& kind, const QByteArray& body);
bool plausibleType(const ExposureKind& kind, const ProbeResponse& response);

} // namespace ExposureCheck
