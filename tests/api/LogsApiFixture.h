#pragma once

// What the logs suites share (tst_logsapi, tst_logstraffic): a fresh practice account per
// test function and one call of the logs API read to its end.

#include "ApiTestSupport.h"
#include "mailgun/api/KeysApi.h"
#include "mailgun/api/LogsApi.h"
#include "mailgun/api/MailgunDates.h"
#include "practice/PracticeTraffic.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

const QString company = u"northwind-outfitters.com"_s;

inline QString seededKeyId(PracticeAccount& account, const QString& label)
{
    return PracticeAccount::keyIdFromSecret(account.seededSecret(label));
}

inline QDateTime hourStart(const QDateTime& at)
{
    return QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch() / 3600 * 3600, QTimeZone::utc());
}

class LogsApiFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

protected:
    LogsPage read(Region region, const LogsQuery& query);
    QJsonObject lastBody() const;

    PracticeFixture m_fixture;
    QDateTime m_seededAt;
};

inline void LogsApiFixture::init()
{
    const QString error = m_fixture.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_seededAt = m_fixture.account().seededAt();
}

inline LogsPage LogsApiFixture::read(Region region, const LogsQuery& query)
{
    LogsApi logs(*m_fixture.client);
    Capture<LogsPage> page;
    logs.list(region, query, this, page.callback());
    const bool done = QTest::qWaitFor([&page] { return page.done(); }, 60000);
    if (!done) {
        qWarning("the logs call did not finish");
        return {};
    }
    if (!page.get().ok()) {
        qWarning("%s: %s", qPrintable(page.get().error.code()), qPrintable(page.get().error.serverMessage));
        return {};
    }
    return page.value();
}

inline QJsonObject LogsApiFixture::lastBody() const
{
    const PracticeRequestRecord* request = m_fixture.lastRequest("POST", u"/v1/analytics/logs"_s);
    return request ? QJsonDocument::fromJson(request->body).object() : QJsonObject();
}
