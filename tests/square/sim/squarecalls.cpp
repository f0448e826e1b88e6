#include "squarecalls.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kiosk::test {

namespace {

const HttpClient::Headers &squareHeaders()
{
    static const HttpClient::Headers headers{{"Square-Version", "2025-08-20"}, {"Content-Type", "application/json"}};
    return headers;
}

QByteArray compact(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

bool SquareCalls::start(const QStringList &arguments, QString *error)
{
    m_sim = std::make_unique<SquaresimProcess>(m_dir.path());
    m_http.setToken(SquaresimToken);
    return m_sim->start(arguments, error);
}

HttpResult SquareCalls::get(const QString &path)
{
    return m_http.get(m_sim->url(path), squareHeaders());
}

HttpResult SquareCalls::post(const QString &path, const QJsonObject &body)
{
    return m_http.post(m_sim->url(path), compact(body), squareHeaders());
}

HttpResult SquareCalls::post(const QString &path)
{
    return m_http.post(m_sim->url(path), QByteArray(), squareHeaders());
}

HttpResult SquareCalls::put(const QString &path, const QJsonObject &body)
{
    return m_http.send("PUT", m_sim->url(path), compact(body), squareHeaders());
}

HttpResult SquareCalls::del(const QString &path)
{
    return m_http.send("DELETE", m_sim->url(path), QByteArray(), squareHeaders());
}

HttpResult SquareCalls::admin(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    const HttpClient::Headers headers{{"Authorization", QByteArray("Bearer ") + SquaresimAdminToken}};
    return m_http.send(verb, m_sim->url(path), body.isEmpty() ? QByteArray() : compact(body), headers);
}

QJsonArray SquareCalls::violations()
{
    return admin("GET", u"/sim/violations"_s).json().value(u"violations"_s).toArray();
}

QJsonObject SquareCalls::createOrder(const QList<std::pair<QString, int>> &lines, const QString &key)
{
    QJsonArray items;
    for (const auto &[variation, quantity] : lines)
        items.append(QJsonObject{{u"catalog_object_id"_s, variation}, {u"quantity"_s, QString::number(quantity)}});
    const QJsonObject order{
        {u"location_id"_s, QString::fromLatin1(SquaresimLocationId)},
        {u"reference_id"_s, u"A12"_s},
        {u"line_items"_s, items},
        {u"pricing_options"_s, QJsonObject{{u"auto_apply_taxes"_s, true}}},
        {u"fulfillments"_s, QJsonArray{QJsonObject{
            {u"type"_s, u"PICKUP"_s},
            {u"pickup_details"_s, QJsonObject{{u"schedule_type"_s, u"ASAP"_s},
                                              {u"recipient"_s, QJsonObject{{u"display_name"_s, u"A12"_s}}}}},
        }}},
    };
    const HttpResult result = post(u"/v2/orders"_s, QJsonObject{{u"idempotency_key"_s, key}, {u"order"_s, order}});
    return result.json().value(u"order"_s).toObject();
}

QJsonObject SquareCalls::waitForCheckout(const QString &id, const QString &status)
{
    QJsonObject checkout;
    const QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        checkout = get(u"/v2/terminals/checkouts/"_s + id).json().value(u"checkout"_s).toObject();
        if (checkout.value(u"status"_s).toString() == status)
            break;
        QTest::qWait(50);
    }
    return checkout;
}

QJsonObject SquareCalls::seed()
{
    static const QJsonObject json = [] {
        QFile file(SquaresimProcess::sampleSeedDir() + u"/seed.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the sample seed");
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return json;
}

QString SquareCalls::catalogId(const QString &type, const QString &name)
{
    const QString data = type == u"ITEM" ? u"item_data"_s : type.toLower() + u"_data"_s;
    for (const QJsonValue &value : seed().value(u"catalog"_s).toArray()) {
        const QJsonObject object = value.toObject();
        if (object.value(u"type"_s).toString() == type && object.value(data).toObject().value(u"name"_s).toString() == name)
            return object.value(u"id"_s).toString();
    }
    qFatal("no %s named %s in the seed", qPrintable(type), qPrintable(name));
}

QString SquareCalls::variationId(const QString &item, const QString &variation)
{
    for (const QJsonValue &value : seed().value(u"catalog"_s).toArray()) {
        const QJsonObject data = value.toObject().value(u"item_data"_s).toObject();
        if (data.value(u"name"_s).toString() != item)
            continue;
        for (const QJsonValue &v : data.value(u"variations"_s).toArray()) {
            if (v.toObject().value(u"item_variation_data"_s).toObject().value(u"name"_s).toString() == variation)
                return v.toObject().value(u"id"_s).toString();
        }
    }
    qFatal("no variation %s of %s in the seed", qPrintable(variation), qPrintable(item));
}

QString SquareCalls::modifierId(const QString &list, const QString &modifier)
{
    for (const QJsonValue &value : seed().value(u"catalog"_s).toArray()) {
        const QJsonObject data = value.toObject().value(u"modifier_list_data"_s).toObject();
        if (data.value(u"name"_s).toString() != list)
            continue;
        for (const QJsonValue &m : data.value(u"modifiers"_s).toArray()) {
            if (m.toObject().value(u"modifier_data"_s).toObject().value(u"name"_s).toString() == modifier)
                return m.toObject().value(u"id"_s).toString();
        }
    }
    qFatal("no modifier %s in %s in the seed", qPrintable(modifier), qPrintable(list));
}

} // namespace kiosk::test
