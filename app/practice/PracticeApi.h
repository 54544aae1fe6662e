#pragma once

#include "practice/PracticeHttp.h"
#include "practice/PracticeRegion.h"

#include <QDateTime>
#include <QHostAddress>

class PracticeAccount;

// The simulated Mailgun API without any networking: checks credentials, then hands the
// request to the route family that owns its path. Unknown paths get 404, known paths with a
// wrong method 405.
class PracticeApi
{
public:
    static PracticeResponse handle(PracticeRegion region, const PracticeHttpRequest& request,
                                   const QHostAddress& peer, PracticeAccount& account, const QDateTime& now);
};
