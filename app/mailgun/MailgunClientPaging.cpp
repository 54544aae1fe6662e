// MailgunClient, continued: reading a skip/limit list page by page, with a cap on the pages
// and a check that the server does not send the same page again.
#include "mailgun/MailgunClient.h"
#include "mailgun/MailgunLog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

// One skip/limit list being read: what is asked, what has come, and the page before, to
// notice a server that answers every page with the same items.
struct MailgunClient::ListFetch
{
    Region region = Region::Us;
    QString path;
    QUrlQuery query;
    QString itemsField;
    QString totalField;
    int pageSize = 100;
    qint64 skip = 0;
    int pages = 0;
    QJsonArray previousPage;
    QList<QJsonObject> items;
    QPointer<const QObject> context;
    bool hadContext = false;
    PagesCallback done;
};

void MailgunClient::fetchAllPages(Region region, const QString& path, const QUrlQuery& query,
                                  const QString& itemsField, const QString& totalField, int pageSize,
                                  const QObject* context, PagesCallback done)
{
    auto fetch = std::make_shared<ListFetch>();
    fetch->region = region;
    fetch->path = path;
    fetch->query = query;
    fetch->itemsField = itemsField;
    fetch->totalField = totalField;
    fetch->pageSize = qMax(1, pageSize);
    fetch->context = context;
    fetch->hadContext = context != nullptr;
    fetch->done = std::move(done);
    fetchPage(fetch);
}

void MailgunClient::fetchPage(const std::shared_ptr<ListFetch>& fetch)
{
    QUrlQuery pageQuery = fetch->query;
    pageQuery.removeAllQueryItems(u"skip"_s);
    pageQuery.removeAllQueryItems(u"limit"_s);
    pageQuery.addQueryItem(u"skip"_s, QString::number(fetch->skip));
    pageQuery.addQueryItem(u"limit"_s, QString::number(fetch->pageSize));
    ++fetch->pages;
    send(ApiRequest::get(fetch->region, fetch->path, pageQuery),
         fetch->hadContext ? fetch->context.data() : this, [this, fetch](const ApiResponse& response) {
             if (fetch->hadContext && !fetch->context)
                 return;
             if (!response.ok()) {
                 fetch->done(fetch->items, response.error);
                 return;
             }
             const QJsonObject object = response.object();
             const QJsonArray page = object.value(fetch->itemsField).toArray();
             const bool repeated = !page.isEmpty() && page == fetch->previousPage;
             if (!repeated) {
                 for (const QJsonValue& value : page)
                     fetch->items.append(value.toObject());
             }
             const qint64 total = object.value(fetch->totalField).toInteger(-1);
             const bool complete =
                 page.size() < fetch->pageSize || (total >= 0 && fetch->items.size() >= total);
             if (complete || page.isEmpty()) {
                 fetch->done(fetch->items, {});
                 return;
             }
             if (repeated || fetch->pages >= m_options.maxListPages) {
                 qCWarning(lcMailgun, "%s: the list %s after %d pages: stopped, the list may be incomplete",
                           qUtf8Printable(fetch->path), repeated ? "repeats itself" : "did not end",
                           fetch->pages);
                 ApiError error;
                 error.kind = ApiError::Kind::IncompleteList;
                 error.httpStatus = response.httpStatus;
                 error.pagesRead = fetch->pages;
                 fetch->done(fetch->items, error);
                 return;
             }
             fetch->previousPage = page;
             fetch->skip += page.size();
             fetchPage(fetch);
         });
}
