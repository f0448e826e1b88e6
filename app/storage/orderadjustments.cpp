#include "storage/orderadjustments.h"

#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kiosk {

bool OrderAdjustments::record(const QList<Row> &rows)
{
    for (const Row &row : rows) {
        QString name = row.subjectName;
        if (name.isEmpty() && row.kind == QLatin1String("reward")) {
            Statement names = m_db.prepare("SELECT reward_names FROM loyalty_redemptions WHERE order_id = ?1");
            if (names.bind(1, row.orderId).next())
                name = QJsonDocument::fromJson(names.text(0).toUtf8()).object().value(row.subject).toString();
        }
        Statement st = m_db.prepare(
            "INSERT INTO order_adjustments(order_id, order_number, kind, subject, subject_name, reason, at) "
            "VALUES (?1, coalesce((SELECT number FROM orders WHERE id = ?1), ?2), ?3, ?4, ?5, ?6, ?7)");
        st.bind(1, row.orderId).bind(2, row.orderNumber).bind(3, row.kind).bind(4, row.subject)
            .bind(5, name).bind(6, row.reason).bind(7, row.at.toUTC().toString(Qt::ISODateWithMs));
        if (!st.exec())
            return false;
    }
    return true;
}

QList<OrderAdjustments::Row> OrderAdjustments::recent(int limit)
{
    QList<Row> rows;
    Statement st = m_db.prepare(
        "SELECT order_id, order_number, kind, subject, subject_name, reason, at, id FROM order_adjustments "
        "ORDER BY at DESC, id DESC LIMIT ?1");
    st.bind(1, qint64(limit));
    while (st.next()) {
        rows.append({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                     QDateTime::fromString(st.text(6), Qt::ISODateWithMs), st.int64(7)});
    }
    return rows;
}

int OrderAdjustments::count()
{
    Statement st = m_db.prepare("SELECT count(*) FROM order_adjustments");
    return st.next() ? int(st.int64(0)) : -1;
}

} // namespace kiosk
