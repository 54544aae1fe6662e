#include "practice/PracticeServer.h"

#include "practice/PracticeAccount.h"
#include "practice/PracticeApi.h"
#include "practice/PracticeLog.h"
#include "practice/RegionServer.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Method, path and region, never the query, the headers or the body. `status` 0: no answer
// went out; `fault`: the fault injected into this request.
void logRequest(PracticeRegion region, const PracticeHttpRequest& request, int status,
                const char* fault = nullptr)
{
    qCDebug(lcPractice, "%s %s (%s): %s%s%s", request.method.constData(), qUtf8Printable(request.path),
            qUtf8Printable(practiceRegionId(region)),
            status ? QByteArray::number(status).constData() : "no answer", fault ? ", fault: " : "",
            fault ? fault : "");
}

} // namespace

class PracticeServer::Private
{
public:
    explicit Private(PracticeServer* q)
        : q(q)
    {}

    void onRequest(PracticeRegion region, const PracticeHttpRequest& request, const QHostAddress& peer,
                   const std::shared_ptr<PracticeExchange>& exchange);
    // Runs the API and answers, unless `dropAfter` asks to apply and then hang up.
    void process(PracticeRegion region, const PracticeHttpRequest& request, const QHostAddress& peer,
                 const std::shared_ptr<PracticeExchange>& exchange, qsizetype record, int generation,
                 bool dropAfter);
    std::optional<PracticeFault> takeFault(const PracticeHttpRequest& request);
    void answer(const std::shared_ptr<PracticeExchange>& exchange, const PracticeResponse& response,
                qsizetype record, int generation);

    PracticeServer* q;
    PracticeAccount account;
    std::unique_ptr<RegionServer> us;
    std::unique_ptr<RegionServer> eu;
    quint16 usPort = 0;
    quint16 euPort = 0;
    QList<PracticeFault> faults;
    QList<PracticeRequestRecord> records;
    int recordsGeneration = 0; // bumped by clearRequests() so late answers don't touch new records
    QList<std::shared_ptr<PracticeExchange>> hung;
};

std::optional<PracticeFault> PracticeServer::Private::takeFault(const PracticeHttpRequest& request)
{
    for (PracticeFault& fault : faults) {
        if (fault.times <= 0)
            continue;
        if (!fault.method.isEmpty() && fault.method.compare(request.method, Qt::CaseInsensitive) != 0)
            continue;
        if (!fault.path.match(request.path).hasMatch())
            continue;
        --fault.times;
        return fault;
    }
    return std::nullopt;
}

void PracticeServer::Private::answer(const std::shared_ptr<PracticeExchange>& exchange,
                                     const PracticeResponse& response, qsizetype record, int generation)
{
    const bool delivered = exchange->isConnected();
    exchange->respond(response);
    if (delivered && generation == recordsGeneration && record < records.size())
        records[record].status = response.status;
}

void PracticeServer::Private::process(PracticeRegion region, const PracticeHttpRequest& request,
                                      const QHostAddress& peer,
                                      const std::shared_ptr<PracticeExchange>& exchange, qsizetype record,
                                      int generation, bool dropAfter)
{
    const PracticeResponse response = PracticeApi::handle(region, request, peer, account, account.now());
    if (dropAfter) {
        logRequest(region, request, 0, "applied, then dropped");
        exchange->drop();
    } else {
        logRequest(region, request, response.status);
        answer(exchange, response, record, generation);
    }
}

void PracticeServer::Private::onRequest(PracticeRegion region, const PracticeHttpRequest& request,
                                        const QHostAddress& peer,
                                        const std::shared_ptr<PracticeExchange>& exchange)
{
    PracticeRequestRecord entry;
    entry.method = request.method;
    entry.path = request.path;
    entry.query = request.query.toString(QUrl::FullyDecoded);
    entry.contentType = request.header("Content-Type");
    entry.body = request.body;
    entry.hadAuthorization = !request.header("Authorization").isEmpty();
    entry.onBehalfOf = QString::fromUtf8(request.header("X-Mailgun-On-Behalf-Of"));
    records.append(entry);
    const qsizetype record = records.size() - 1;
    const int generation = recordsGeneration;

    const std::optional<PracticeFault> fault = takeFault(request);
    if (!fault) {
        process(region, request, peer, exchange, record, generation, false);
        return;
    }
    switch (fault->kind) {
    case PracticeFault::Kind::RateLimit: {
        logRequest(region, request, fault->rateLimitStatus, "rate limit");
        answer(exchange, fault->rateLimitResponse(), record, generation);
        return;
    }
    case PracticeFault::Kind::ServerError:
        logRequest(region, request, fault->status, "server error");
        answer(exchange,
               PracticeResponse::message(fault->status, u"Internal server error, please try again later"_s),
               record, generation);
        return;
    case PracticeFault::Kind::Delay:
        // The request is applied when the answer goes out, as a slow server would.
        QTimer::singleShot(fault->delayMs, q, [this, region, request, peer, exchange, record, generation] {
            process(region, request, peer, exchange, record, generation, false);
        });
        return;
    case PracticeFault::Kind::DropBeforeApply:
        logRequest(region, request, 0, "dropped before applying");
        exchange->drop();
        return;
    case PracticeFault::Kind::DropAfterApply:
        process(region, request, peer, exchange, record, generation, true);
        return;
    case PracticeFault::Kind::Hang:
        logRequest(region, request, 0, "left unanswered");
        hung.removeIf([](const auto& held) { return !held->isConnected(); });
        hung.append(exchange); // keeps the connection open and unanswered
        return;
    }
}

PracticeServer::PracticeServer(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->account.reseed(QDateTime::currentDateTimeUtc());
    auto handler = [this](PracticeRegion region, const PracticeHttpRequest& request, const QHostAddress& peer,
                          const std::shared_ptr<PracticeExchange>& exchange) {
        d->onRequest(region, request, peer, exchange);
    };
    d->us = std::make_unique<RegionServer>(PracticeRegion::Us, handler);
    d->eu = std::make_unique<RegionServer>(PracticeRegion::Eu, handler);
}

PracticeServer::~PracticeServer()
{
    d->hung.clear();
}

bool PracticeServer::start(quint16 usPort, quint16 euPort, QString* error)
{
    d->usPort = d->us->listen(QHostAddress::LocalHost, usPort);
    d->euPort = d->usPort ? d->eu->listen(QHostAddress::LocalHost, euPort) : 0;
    if (d->usPort && d->euPort)
        return true;
    if (error) {
        const quint16 failed = d->usPort ? euPort : usPort;
        *error = QCoreApplication::translate("PracticeServer",
                                             "The practice account could not listen on 127.0.0.1 port %1. "
                                             "Another program may be using it; choose another port.")
                     .arg(failed);
    }
    return false;
}

PracticeEndpoints PracticeServer::endpoints() const
{
    return {baseUrl(PracticeRegion::Us), baseUrl(PracticeRegion::Eu)};
}

QUrl PracticeServer::baseUrl(PracticeRegion region) const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(region == PracticeRegion::Eu ? d->euPort : d->usPort);
    return url;
}

QString PracticeServer::practiceKey() const
{
    return d->account.seededSecret(u"admin-leaked"_s);
}

PracticeAccount& PracticeServer::account()
{
    return d->account;
}

void PracticeServer::addFault(const PracticeFault& fault)
{
    d->faults.append(fault);
}

void PracticeServer::clearFaults()
{
    d->faults.clear();
}

const QList<PracticeRequestRecord>& PracticeServer::requests() const
{
    return d->records;
}

void PracticeServer::clearRequests()
{
    d->records.clear();
    ++d->recordsGeneration;
}
