#include "storage/orderstore.h"

#include "domain/ordernumber.h"
#include "storage/database.h"
#include "storage/orderlineparts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kiosk {

namespace {

const char *const SequenceKey = "order_seq";

QString toJsonArray(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonArray(const QString &json)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        list.append(v.toString());
    return list;
}

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

int OrderStore::lastSequence()
{
    Statement st = m_db.prepareCached("SELECT value FROM meta WHERE key = ?1");
    st.bind(1, QString::fromLatin1(SequenceKey));
    return st.next() ? st.text(0).toInt() : 0;
}

OrderStore::Commit OrderStore::commit(Order &order, const QString &orderPrefix)
{
    Commit result;
    Database::Transaction tx(m_db);
    auto fail = [&](const QString &what) {
        result.error = QStringLiteral("%1: %2").arg(what, m_db.lastError());
        return result;
    };
    if (!tx.isActive())
        return fail(QStringLiteral("cannot start a transaction"));

    const int sequence = nextOrderSequence(lastSequence());
    Statement seq = m_db.prepareCached("INSERT INTO meta(key, value) VALUES (?1, ?2) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!seq.bind(1, QString::fromLatin1(SequenceKey)).bind(2, QString::number(sequence)).exec())
        return fail(QStringLiteral("cannot advance the order sequence"));

    const QString number = formatOrderNumber(orderPrefix, sequence);
    Order numbered = order;
    numbered.number = number;
    const QString id = numbered.id.toString(QUuid::WithoutBraces);

    Statement insertOrder = m_db.prepareCached(
        "INSERT INTO orders(id, number, kiosk_id, created_at, dine_option, language, "
        "subtotal_cents, discount_cents, tax_cents, total_cents, payment_state, tax_included_cents) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    insertOrder.bind(1, id).bind(2, number).bind(3, numbered.kioskId)
        .bind(4, rfc3339(numbered.createdAt)).bind(5, dineOptionCode(numbered.dineOption))
        .bind(6, numbered.language).bind(7, numbered.totals.subtotal)
        .bind(8, numbered.totals.discount).bind(9, numbered.totals.tax)
        .bind(10, numbered.totals.total).bind(12, numbered.totals.taxIncluded);
    // A card order waits, held, for its payment; the number stays off screen until it is paid
    // or released for the counter (app/storage/paymentstore.h).
    if (numbered.payment == PaymentMethod::Card)
        insertOrder.bind(11, orderPaymentStateCode(OrderPaymentState::AwaitingPayment));
    else
        insertOrder.bindNull(11);
    if (!insertOrder.exec())
        return fail(QStringLiteral("cannot save the order"));

    for (qsizetype i = 0; i < numbered.lines.size(); ++i) {
        const OrderLine &line = numbered.lines.at(i);
        Statement insertLine = m_db.prepareCached(
            "INSERT INTO order_lines(order_id, position, item_id, item_name, option_ids, "
            "option_names, quantity, unit_price_cents, line_total_cents, combo_id, parts) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        insertLine.bind(1, id).bind(2, qint64(i)).bind(3, line.itemId).bind(4, line.itemName)
            .bind(5, toJsonArray(line.optionIds)).bind(6, toJsonArray(line.optionNames))
            .bind(7, qint64(line.quantity)).bind(8, line.unitPriceCents).bind(9, line.lineTotalCents)
            .bind(10, line.comboId).bind(11, orderLinePartsToJson(line.parts));
        if (!insertLine.exec())
            return fail(QStringLiteral("cannot save the order lines"));
    }

    // The idempotency key is the order id, fixed before the first delivery attempt.
    Statement queue = m_db.prepareCached(
        "INSERT INTO outbox(kind, key, body, created_at) VALUES ('order', ?1, ?2, ?3)");
    const QByteArray body = QJsonDocument(numbered.toContractJson()).toJson(QJsonDocument::Compact);
    queue.bind(1, id).bind(2, QString::fromUtf8(body)).bind(3, rfc3339(numbered.createdAt));
    if (!queue.exec())
        return fail(QStringLiteral("cannot queue the order for the backend"));

    // Durable with the order: the offline cache must not offer these points again.
    if (numbered.loyalty && !numbered.loyalty->rewardIds.isEmpty()) {
        QJsonObject names;
        for (auto it = numbered.loyaltyRewardNames.cbegin(); it != numbered.loyaltyRewardNames.cend(); ++it)
            names.insert(it.key(), it.value());
        Statement spent = m_db.prepareCached(
            "INSERT INTO loyalty_redemptions(order_id, member_id, points, reward_names, at) "
            "VALUES (?1, ?2, ?3, ?4, ?5)");
        spent.bind(1, id).bind(2, numbered.loyalty->memberId).bind(3, qint64(numbered.loyaltyPointsRedeemed))
            .bind(4, QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact)))
            .bind(5, rfc3339(numbered.createdAt));
        if (!spent.exec())
            return fail(QStringLiteral("cannot record the points redeemed"));
    }

    if (!tx.commit())
        return fail(QStringLiteral("cannot commit the order"));

    order = numbered;
    result.ok = true;
    result.number = number;
    return result;
}

int OrderStore::orderCount()
{
    Statement st = m_db.prepare("SELECT count(*) FROM orders");
    return st.next() ? int(st.int64(0)) : -1;
}

std::optional<Order> OrderStore::findByNumber(const QString &number)
{
    Statement st = m_db.prepare(
        "SELECT id, kiosk_id, created_at, dine_option, language, subtotal_cents, "
        "discount_cents, tax_cents, total_cents, tax_included_cents FROM orders WHERE number = ?1 "
        "ORDER BY created_at DESC LIMIT 1");
    st.bind(1, number);
    if (!st.next())
        return std::nullopt;
    Order order;
    order.id = QUuid::fromString(st.text(0));
    order.number = number;
    order.kioskId = st.text(1);
    order.createdAt = QDateTime::fromString(st.text(2), Qt::ISODateWithMs);
    order.dineOption = st.text(3) == QLatin1String("togo") ? DineOption::ToGo : DineOption::Here;
    order.language = st.text(4);
    order.totals = {st.int64(5), st.int64(6), st.int64(7), st.int64(8), st.int64(9)};

    Statement lines = m_db.prepare(
        "SELECT item_id, item_name, option_ids, option_names, quantity, unit_price_cents, "
        "line_total_cents, combo_id, parts FROM order_lines WHERE order_id = ?1 ORDER BY position");
    lines.bind(1, st.text(0));
    while (lines.next()) {
        OrderLine line{lines.text(0), lines.text(1), fromJsonArray(lines.text(2)),
                       fromJsonArray(lines.text(3)), int(lines.int64(4)), lines.int64(5), lines.int64(6)};
        line.comboId = lines.text(7);
        line.parts = orderLinePartsFromJson(lines.text(8));
        order.lines.append(line);
    }
    return order;
}

QList<OrderStore::Recent> OrderStore::recent(int limit)
{
    // The orders_created index walked backwards; rowid breaks ties within a millisecond.
    Statement st = m_db.prepare(
        "SELECT id, number, created_at, total_cents, coalesce(payment_state, '') FROM orders "
        "ORDER BY created_at DESC, rowid DESC LIMIT ?1");
    st.bind(1, qint64(limit));
    QList<Recent> orders;
    while (st.next()) {
        orders.append({st.text(0), st.text(1), QDateTime::fromString(st.text(2), Qt::ISODateWithMs),
                       st.int64(3), st.text(4)});
    }
    return orders;
}

} // namespace kiosk
