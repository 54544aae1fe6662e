#pragma once

#include "ApiCapture.h"
#include "SessionPractice.h"
#include "mailgun/MailgunClient.h"
#include "mailgun/api/ApiResult.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"

#include <QTest>

#include <memory>
#include <optional>

// Shared by the suites of tests/api: a practice server on loopback and a MailgunClient that
// talks to it with the practice admin key, plus a way to wait for a typed callback.

Q_DECLARE_METATYPE(Region)

// Waits (spinning the event loop) until the capture has its result.
#define MRA_AWAIT(capture) QTRY_VERIFY_WITH_TIMEOUT((capture).done(), 15000)
// Waits and requires success, printing Mailgun's message when it failed.
#define MRA_AWAIT_OK(capture)                                                                                \
    do {                                                                                                     \
        MRA_AWAIT(capture);                                                                                  \
        QVERIFY2((capture).get().ok(), qPrintable((capture).get().error.code() + QStringLiteral(": ") +      \
                                                  (capture).get().error.serverMessage));                     \
    } while (false)

class PracticeFixture
{
public:
    // Starts the server; returns an empty string when it is up, else why not.
    QString start()
    {
        server = std::make_unique<PracticeServer>();
        QString error;
        if (!server->start(0, 0, &error))
            return error.isEmpty() ? QStringLiteral("practice server did not start") : error;
        client = std::make_unique<MailgunClient>(apiEndpointsOf(*server));
        client->setApiKey(Secret(server->practiceKey()));
        MailgunClient::Options options;
        options.timeoutMs = 10000;
        options.maxAttempts = 2;
        options.initialBackoffMs = 10;
        options.maxBackoffMs = 50;
        client->setOptions(options);
        return {};
    }

    PracticeAccount& account() { return server->account(); }

    // The last request the server received with this method whose path starts with `path`.
    const PracticeRequestRecord* lastRequest(const QByteArray& method, const QString& path) const
    {
        const QList<PracticeRequestRecord>& records = server->requests();
        for (auto it = records.crbegin(); it != records.crend(); ++it) {
            if (it->method == method && it->path.startsWith(path))
                return &*it;
        }
        return nullptr;
    }

    // Requests with this method whose path starts with `path`.
    int countRequests(const QByteArray& method, const QString& path) const
    {
        int count = 0;
        for (const PracticeRequestRecord& record : server->requests())
            count += record.method == method && record.path.startsWith(path) ? 1 : 0;
        return count;
    }

    std::unique_ptr<PracticeServer> server;
    std::unique_ptr<MailgunClient> client;
};

// "multipart/form-data; boundary=..." -> "multipart/form-data".
inline QByteArray mediaType(const PracticeRequestRecord* record)
{
    if (!record)
        return "(no request)";
    return record->contentType.split(';').constFirst().trimmed().toLower();
}
