#pragma once

// What the practice server suites share: one server for the whole suite and a plain HTTP
// client for it (call startPracticeServer() from initTestCase()), and the account seeded
// afresh at a fixed time before each test (call reseedAccount() from init()).
#include "PracticeTestClient.h"
#include "SessionPractice.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTest>

#include <memory>

class PracticeServerFixture : public QObject
{
protected:
    void startPracticeServer()
    {
        m_server = std::make_unique<PracticeServer>();
        QString error;
        QVERIFY2(m_server->start(0, 0, &error), qPrintable(error));
        QVERIFY(m_server->baseUrl(PracticeRegion::Us).port() > 0);
        QVERIFY(m_server->baseUrl(PracticeRegion::Us).port() != m_server->baseUrl(PracticeRegion::Eu).port());
        QCOMPARE(apiEndpointsOf(*m_server).problem(), QString());
        m_client = std::make_unique<PracticeTestClient>(*m_server);
    }

    void reseedAccount()
    {
        m_server->account().reseed(m_now);
        m_server->clearFaults();
        m_server->clearRequests();
    }

    QString secret(const char* label) const
    {
        return m_server->account().seededSecret(QString::fromLatin1(label));
    }

    std::unique_ptr<PracticeServer> m_server;
    std::unique_ptr<PracticeTestClient> m_client;
    const QDateTime m_now = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
};
