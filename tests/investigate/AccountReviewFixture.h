#pragma once

// What the account review suites share: the seeded practice account's company domain, and a
// base class that starts a practice server with a fast client for each test (call
// startPracticeServer() from init() and stopPracticeServer() from cleanup()), runs a review
// against it and picks findings out of the result.
#include "FastPracticeClient.h"
#include "investigate/AccountReview.h"
#include "mailgun/KeyFormat.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"
#include "practice/PracticeServer.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSignalSpy>
#include <QString>
#include <QTest>

inline const QString company = QStringLiteral("northwind-outfitters.com");

class AccountReviewFixture : public QObject
{
protected:
    void startPracticeServer()
    {
        m_server = new PracticeServer;
        QVERIFY(m_server->start());
        m_client = newFastPracticeClient(*m_server, 3);
    }

    void stopPracticeServer()
    {
        delete m_client;
        delete m_server;
    }

    // A review owned by the test object, so that it outlives the test that made it.
    AccountReview* makeReview()
    {
        auto* review = new AccountReview(m_client, this);
        review->setNow(account().now());
        return review;
    }

    bool run(AccountReview* review, const QDateTime& incidentStart)
    {
        QSignalSpy finished(review, &AccountReview::finished);
        review->start(incidentStart, KeyFormat::keyIdOf(m_server->practiceKey()));
        if (!review->isRunning())
            return false;
        review->start(incidentStart.addDays(-100), {}); // ignored while running
        return finished.wait(30000) && finished.size() == 1 && !review->isRunning();
    }

    QDateTime seededAt() { return m_server->account().seededAt(); }
    QString keyId(const QString& label) { return KeyFormat::keyIdOf(account().seededSecret(label)); }
    PracticeAccount& account() { return m_server->account(); }

    static QList<AccountFinding> ofKind(const AccountReview* review, const QString& kind)
    {
        QList<AccountFinding> found;
        for (const AccountFinding& finding : review->findings()) {
            if (finding.kindId == kind)
                found.append(finding);
        }
        return found;
    }

    static const AccountFinding* byObject(const AccountReview* review, const QString& objectId)
    {
        for (const AccountFinding& finding : review->findings()) {
            if (finding.objectId == objectId)
                return &finding;
        }
        return nullptr;
    }

    PracticeServer* m_server = nullptr;
    MailgunClient* m_client = nullptr;
};
