#pragma once

#include "SessionPractice.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeServer.h"

// A client for the practice server with short waits, so that tests with retries and
// timeouts stay fast; it uses the practice account's leaked admin key.
inline MailgunClient* newFastPracticeClient(const PracticeServer& server, int maxAttempts = 5)
{
    auto* client = new MailgunClient(apiEndpointsOf(server));
    MailgunClient::Options options;
    options.initialBackoffMs = 10;
    options.maxBackoffMs = 40;
    options.timeoutMs = 3000;
    options.maxAttempts = maxAttempts;
    client->setOptions(options);
    client->setApiKey(Secret(server.practiceKey()));
    return client;
}
