#include "mailgun/api/Route.h"

#include "mailgun/api/JsonFields.h"

using namespace Qt::StringLiterals;

namespace {

const QList<JsonField<Route>>& routeFields()
{
    static const QList<JsonField<Route>> fields{
        {u"id"_s, &Route::id},
        {u"priority"_s, &Route::priority},
        {u"description"_s, &Route::description},
        {u"expression"_s, &Route::expression},
        {u"actions"_s, &Route::actions},
        {u"created_at"_s, &Route::createdAt, MailgunDates::Format::Rfc2822},
    };
    return fields;
}

} // namespace

Route Route::fromJson(const QJsonObject& object)
{
    return JsonFields::read(object, routeFields());
}

QJsonObject Route::toJson() const
{
    return JsonFields::write(*this, routeFields());
}
