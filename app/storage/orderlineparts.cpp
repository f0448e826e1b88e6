#include "storage/orderlineparts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

QString orderLinePartsToJson(const QList<OrderLinePart> &parts)
{
    QJsonArray array;
    for (const OrderLinePart &part : parts) {
        array.append(QJsonObject{
            {u"item_id"_s, part.itemId},
            {u"item_name"_s, part.itemName},
            {u"option_ids"_s, QJsonArray::fromStringList(part.optionIds)},
            {u"option_names"_s, QJsonArray::fromStringList(part.optionNames)},
            {u"price_delta_cents"_s, part.priceDeltaCents},
        });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<OrderLinePart> orderLinePartsFromJson(const QString &json)
{
    QList<OrderLinePart> parts;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        parts.append({o.value(u"item_id"_s).toString(), o.value(u"item_name"_s).toString(),
                      strings(o.value(u"option_ids"_s)), strings(o.value(u"option_names"_s)),
                      o.value(u"price_delta_cents"_s).toInteger()});
    }
    return parts;
}

} // namespace kiosk
