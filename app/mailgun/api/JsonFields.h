#pragma once

#include "mailgun/api/MailgunDates.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <type_traits>
#include <variant>

// The plain fields of a model, each named once: its key in the JSON and the member it
// fills. A model's fromJson and toJson both read the same table, so a field cannot be
// read under one name and written under another by mistake. Dates are read in the format
// the endpoint writes (MailgunDates) and written as MailgunDates::toJson does.
enum class JsonWrite
{
    Always,
    UnlessEmpty, // left out of toJson when the text is empty
};

template <class Model>
class JsonField
{
public:
    // A text, flag, number or list of texts.
    template <class Value>
    JsonField(QString key, Value Model::*member, JsonWrite write = JsonWrite::Always)
        : JsonField(key, key, member)
    {
        m_write = write;
    }
    // Read under Mailgun's key ("api-key-id"), written under our own ("api_key_id").
    template <class Value>
    JsonField(QString key, QString writeKey, Value Model::*member)
        : m_key(std::move(key))
        , m_writeKey(std::move(writeKey))
        , m_member(member)
    {}
    JsonField(QString key, QDateTime Model::*member, MailgunDates::Format format)
        : JsonField(key, key, member)
    {
        m_format = format;
    }

    void read(const QJsonObject& object, Model& model) const
    {
        const QJsonValue value = object.value(m_key);
        std::visit(
            [&](auto member) {
                using Value = std::remove_cvref_t<decltype(model.*member)>;
                if constexpr (std::is_same_v<Value, QString>)
                    model.*member = value.toString();
                else if constexpr (std::is_same_v<Value, bool>)
                    model.*member = value.toBool();
                else if constexpr (std::is_same_v<Value, int>)
                    model.*member = value.toInt();
                else if constexpr (std::is_same_v<Value, QStringList>)
                    model.*member = stringList(value.toArray());
                else
                    model.*member = MailgunDates::parse(value, m_format);
            },
            m_member);
    }

    void write(const Model& model, QJsonObject& object) const
    {
        std::visit(
            [&](auto member) {
                using Value = std::remove_cvref_t<decltype(model.*member)>;
                if constexpr (std::is_same_v<Value, QString>) {
                    if (m_write == JsonWrite::Always || !(model.*member).isEmpty())
                        object.insert(m_writeKey, model.*member);
                } else if constexpr (std::is_same_v<Value, QStringList>) {
                    object.insert(m_writeKey, QJsonArray::fromStringList(model.*member));
                } else if constexpr (std::is_same_v<Value, QDateTime>) {
                    object.insert(m_writeKey, MailgunDates::toJson(model.*member));
                } else {
                    object.insert(m_writeKey, model.*member);
                }
            },
            m_member);
    }

private:
    static QStringList stringList(const QJsonArray& array)
    {
        QStringList list;
        for (const QJsonValue& item : array)
            list.append(item.toString());
        return list;
    }

    QString m_key;
    QString m_writeKey;
    std::variant<QString Model::*, bool Model::*, int Model::*, QStringList Model::*, QDateTime Model::*>
        m_member;
    JsonWrite m_write = JsonWrite::Always;
    MailgunDates::Format m_format = MailgunDates::Format::IsoUtc;
};

namespace JsonFields {

// Reads every field of `fields` from `object` into `model`; its other members are left alone.
template <class Model>
void readInto(const QJsonObject& object, const QList<JsonField<Model>>& fields, Model& model)
{
    for (const JsonField<Model>& field : fields)
        field.read(object, model);
}

// A model with every field of `fields` read from `object`; other members keep their defaults.
template <class Model>
Model read(const QJsonObject& object, const QList<JsonField<Model>>& fields)
{
    Model model;
    readInto(object, fields, model);
    return model;
}

template <class Model>
QJsonObject write(const Model& model, const QList<JsonField<Model>>& fields)
{
    QJsonObject object;
    for (const JsonField<Model>& field : fields)
        field.write(model, object);
    return object;
}

} // namespace JsonFields
