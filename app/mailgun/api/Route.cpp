#include "mailgun/api/Route.h"

#include "mailgun/api/MailgunDates.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

Route Route::fromJson(const QJsonObject& object)
{
    Route route;
    route.id = object.value(u"id"_s).toString();
    route.priority = object.value(u"priority"_s).toInt();
    route.description = object.value(u"description"_s).toString();
    route.expression = object.value(u"expression"_s).toString();
    const QJsonArray actions = object.value(u"actions"_s).toArray();
    for (const QJsonValue& action : actions)
        route.actions.append(action.toString());
    route.createdAt = MailgunDates::parse(object.value(u"created_at"_s), MailgunDates::Format::Rfc2822);
    return route;
}

QJsonObject Route::toJson() const
{
    return {
        {u"id"_s, id},
        {u"priority"_s, priority},
        {u"description"_s, description},
        {u"expression"_s, expression},
        {u"actions"_s, QJsonArray::fromStringList(actions)},
        {u"created_at"_s, MailgunDates::toJson(createdAt)},
    };
}
