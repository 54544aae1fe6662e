#include "investigate/SendAttributionLoader.h"

#include "mailgun/MailgunClient.h"
#include "mailgun/api/LogsApi.h"

#include <QCoreApplication>

SendAttributionLoader::SendAttributionLoader(MailgunClient* client, SendAttribution* attribution,
                                             ReviewProblems* problems, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_attribution(attribution)
    , m_problems(problems)
{}

void SendAttributionLoader::start(const QDateTime& from, const QDateTime& to, std::function<void()> stepDone,
                                  std::function<void()> finished)
{
    *m_attribution = SendAttribution();
    m_attribution->from = from;
    m_attribution->to = to;
    LogsQuery query;
    query.start = from;
    query.end = to;
    m_pending = int(allRegions.size());
    for (Region region : allRegions) {
        LogsApi(*m_client).list(
            region, query, this, [this, region, stepDone, finished](ApiResult<LogsPage> result) {
                if (result.ok()) {
                    m_attribution->add(result.value.events);
                    m_attribution->truncated = m_attribution->truncated || result.value.truncated;
                    m_problems->succeeded();
                } else {
                    m_problems->add(QCoreApplication::translate("AccountReview", "the sending logs in the %1")
                                        .arg(regionDisplayName(region)),
                                    result.error);
                }
                if (stepDone)
                    stepDone();
                if (--m_pending == 0) {
                    m_attribution->sort();
                    if (finished)
                        finished();
                }
            });
    }
}
