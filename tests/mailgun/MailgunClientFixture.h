#pragma once

// What the client suites share (tst_mailgunclient, tst_mailgunretries, tst_mailgunrequests):
// a fresh practice server and a client with short back-off times for each test function.

#include "SessionPractice.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// Runs one request and waits for its answer.
inline ApiResponse sendAndWait(MailgunClient& client, const ApiRequest& request, int timeoutMs = 15000)
{
    ApiResponse result;
    bool done = false;
    client.send(request, &client, [&](const ApiResponse& response) {
        result = response;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, timeoutMs);
    }();
    return result;
}

inline PracticeFault fault(PracticeFault::Kind kind, const QByteArray& method, const QString& path,
                           int times = 1)
{
    PracticeFault f;
    f.kind = kind;
    f.method = method;
    f.path = QRegularExpression(path);
    f.times = times;
    return f;
}

inline MailgunClient::Options fastOptions()
{
    MailgunClient::Options options;
    options.initialBackoffMs = 20;
    options.maxBackoffMs = 200;
    options.timeoutMs = 2000;
    return options;
}

class MailgunClientFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

protected:
    PracticeServer* m_server = nullptr;
    MailgunClient* m_client = nullptr;
};

inline void MailgunClientFixture::init()
{
    m_server = new PracticeServer;
    QString error;
    QVERIFY2(m_server->start(0, 0, &error), qPrintable(error));
    m_client = new MailgunClient(apiEndpointsOf(*m_server));
    m_client->setOptions(fastOptions());
    m_client->setApiKey(Secret(m_server->practiceKey()));
}

inline void MailgunClientFixture::cleanup()
{
    delete m_client;
    delete m_server;
}
