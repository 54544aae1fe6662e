#pragma once

#include "practice/PracticeCall.h"

// POST /v1/analytics/logs (reference §8.2): the events behind the sending volume of
// PracticeTraffic, synthesised page by page so that a month of a 1800-an-hour spike costs
// nothing to keep. Every event is a pure function of the domain, the hour and its index in
// that hour, so pages are stable and a token is just a position.
//
// Who sends in the simulated history (what an investigation should be able to tell apart):
// - Baseline, every domain with traffic: over http with the company's own keys (the leaked
//   "Website contact form" admin key everywhere; the "Shop order confirmations" sending key
//   on mg.<company> too) from the web server 203.0.113.10, and over smtp with the domain's
//   pre-incident logins (not postmaster, unless it is the only one) from the office
//   203.0.113.24.
// - Spike (from 40 h before seeding, mg.<company> in the US, eu.<company> in the EU): until
//   the intruder made a key of their own (31 h before seeding), over http with the leaked
//   key; from then on with the intruder's key. Both from 198.51.100.66, .91 and .142. In the
//   US, from 29 h before seeding, one spike message in five goes over smtp with the login
//   mailer-7731@<domain> from 198.51.100.203.
// Key ids are those of the seeded keys, also after they are deleted, as in a real log.
class PracticeLogsRoutes
{
public:
    static PracticeRouteResult route(const PracticeCall& call);
};
