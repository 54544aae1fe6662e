#include "practice/PracticeWebhooksRoutes.h"

#include "practice/PracticeAccount.h"
#include "practice/PracticeDates.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QStringList domainEvents{u"accepted"_s,     u"delivered"_s,  u"opened"_s,         u"clicked"_s,
                               u"unsubscribed"_s, u"complained"_s, u"temporary_fail"_s, u"permanent_fail"_s};

QJsonObject urlsObject(const QStringList& urls)
{
    return {{u"urls"_s, QJsonArray::fromStringList(urls)}};
}

PracticeResponse domainWebhooks(const PracticeCall& call, PracticeDomain& domain, const QString& event)
{
    if (event.isEmpty()) {
        if (!call.is("GET"))
            return practiceMethodNotAllowed();
        QJsonObject webhooks;
        for (auto it = domain.webhooks.cbegin(); it != domain.webhooks.cend(); ++it)
            webhooks.insert(it.key(), urlsObject(it.value()));
        return PracticeResponse::json({{u"webhooks"_s, webhooks}});
    }
    if (!call.is("GET") && !call.is("PUT") && !call.is("DELETE"))
        return practiceMethodNotAllowed();
    if (!domainEvents.contains(event))
        return PracticeResponse::message(400, u"Invalid webhook name: "_s + event);
    if (!domain.webhooks.contains(event))
        return PracticeResponse::message(404, u"Webhook not found"_s);
    const QStringList urls = domain.webhooks.value(event);
    if (call.is("GET"))
        return PracticeResponse::json({{u"webhook"_s, urlsObject(urls)}});
    if (call.is("DELETE")) {
        domain.webhooks.remove(event);
        return PracticeResponse::json(
            {{u"message"_s, u"Webhook has been deleted"_s}, {u"webhook"_s, urlsObject(urls)}});
    }
    PracticeForm form;
    if (auto refusal = call.readForm(&form))
        return *refusal;
    const QStringList newUrls = form.values(u"url"_s);
    if (newUrls.isEmpty() || newUrls.size() > 3)
        return PracticeResponse::json({{u"Reason"_s, u"between 1 and 3 url parameters are required"_s}}, 400);
    domain.webhooks.insert(event, newUrls);
    return PracticeResponse::json(
        {{u"message"_s, u"Webhook has been updated"_s}, {u"webhook"_s, urlsObject(newUrls)}});
}

QJsonObject webhooksMap(const PracticeDomain& domain)
{
    QJsonObject webhooks;
    for (auto it = domain.webhooks.cbegin(); it != domain.webhooks.cend(); ++it)
        webhooks.insert(it.key(), urlsObject(it.value()));
    return webhooks;
}

// DELETE /v4/domains/{domain}/webhooks?url=a,b: "Delete webhook URLs from all event types they
// are associated with. Supports deleting multiple URLs at once by providing a comma-separated
// list" (OAS, DELETE-v4-domains--domain--webhooks); the answer is the map that remains.
PracticeResponse removeDomainUrls(const PracticeCall& call, PracticeDomain& domain)
{
    if (!call.is("DELETE"))
        return practiceMethodNotAllowed();
    const QStringList urls = call.request.queryValue(u"url"_s).split(u',', Qt::SkipEmptyParts);
    if (urls.isEmpty())
        return PracticeResponse::json({{u"Field"_s, u"url"_s}}, 400);
    for (auto it = domain.webhooks.begin(); it != domain.webhooks.end();) {
        for (const QString& url : urls)
            it.value().removeAll(url);
        it = it.value().isEmpty() ? domain.webhooks.erase(it) : std::next(it);
    }
    return PracticeResponse::json({{u"webhooks"_s, webhooksMap(domain)}});
}

QJsonObject accountWebhookObject(const PracticeAccountWebhook& hook)
{
    return {{u"webhook_id"_s, hook.id},
            {u"description"_s, hook.description},
            {u"url"_s, hook.url},
            {u"event_types"_s, QJsonArray::fromStringList(hook.eventTypes)},
            {u"created_at"_s, PracticeDates::rfc3339(hook.createdAt)}};
}

PracticeResponse accountWebhooks(const PracticeCall& call, const QString& id)
{
    QList<PracticeAccountWebhook>& hooks = call.account.region(call.region).accountWebhooks;
    if (!id.isEmpty()) {
        if (!call.is("GET") && !call.is("DELETE"))
            return practiceMethodNotAllowed();
        for (qsizetype i = 0; i < hooks.size(); ++i) {
            if (hooks.at(i).id != id)
                continue;
            if (call.is("GET"))
                return PracticeResponse::json({{u"webhook"_s, accountWebhookObject(hooks.at(i))}});
            hooks.removeAt(i);
            PracticeResponse response;
            response.status = 204;
            response.contentType.clear();
            return response;
        }
        return PracticeResponse::json({{u"Description"_s, u"Webhook not found"_s}}, 404);
    }
    const QStringList wanted = call.request.queryValue(u"webhook_ids"_s).split(u',', Qt::SkipEmptyParts);
    if (call.is("GET")) {
        QJsonArray items;
        for (const PracticeAccountWebhook& hook : hooks) {
            if (wanted.isEmpty() || wanted.contains(hook.id))
                items.append(accountWebhookObject(hook));
        }
        return PracticeResponse::json({{u"webhooks"_s, items}});
    }
    if (call.is("DELETE")) {
        const bool all = call.request.queryValue(u"all"_s) == u"true"_s;
        if (!all && wanted.isEmpty())
            return PracticeResponse::message(400, u"either webhook_ids or all=true is required"_s);
        hooks.removeIf([&](const PracticeAccountWebhook& hook) { return all || wanted.contains(hook.id); });
        PracticeResponse response;
        response.status = 204;
        response.contentType.clear();
        return response;
    }
    if (call.is("POST")) {
        PracticeForm form;
        if (auto refusal = call.readForm(&form, u"url"_s, u"url is required"_s))
            return *refusal;
        PracticeAccountWebhook hook;
        hook.id = PracticeAccount::randomHex(24);
        hook.url = form.value(u"url"_s);
        hook.description = form.value(u"description"_s);
        hook.eventTypes = form.values(u"event_types"_s);
        hook.createdAt = call.now;
        hooks.append(hook);
        return PracticeResponse::json({{u"webhook_id"_s, hook.id}});
    }
    return practiceMethodNotAllowed();
}

} // namespace

PracticeRouteResult PracticeWebhooksRoutes::route(const PracticeCall& call)
{
    const QStringList& s = call.segments;
    if (s.size() >= 2 && s.size() <= 3 && s.at(0) == u"v1"_s && s.at(1) == u"webhooks"_s)
        return accountWebhooks(call, s.size() == 3 ? s.at(2) : QString());
    if (s.size() == 4 && s.at(0) == u"v4"_s && s.at(1) == u"domains"_s && s.at(3) == u"webhooks"_s) {
        PracticeDomain* domain = call.account.findDomain(call.region, s.at(2));
        if (!domain)
            return PracticeResponse::message(404, u"Domain not found"_s);
        return removeDomainUrls(call, *domain);
    }
    if (s.size() < 4 || s.size() > 5 || s.at(0) != u"v3"_s || s.at(1) != u"domains"_s ||
        s.at(3) != u"webhooks"_s)
        return std::nullopt;
    PracticeDomain* domain = call.account.findDomain(call.region, s.at(2));
    if (!domain)
        return PracticeResponse::message(404, u"Domain not found"_s);
    return domainWebhooks(call, *domain, s.size() == 5 ? s.at(4) : QString());
}
