#include "kioskctl/commands.h"

#include "health/healthcheck.h"
#include "kioskctl/offlinedatabase.h"
#include "kioskctl/texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

namespace {

QString amountText(Cents cents, const QString &currency)
{
    return u"%1.%2 %3"_s.arg(cents / 100).arg(cents % 100, 2, 10, QChar(u'0')).arg(currency).trimmed();
}

QString ageText(const QDateTime &since, const QDateTime &now)
{
    return since.isValid() ? durationText(std::max<qint64>(0, since.secsTo(now))) : u"-"_s;
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(rfc3339(time)) : QJsonValue();
}

QJsonObject attemptJson(const PaymentAttempt &a, const QDateTime &now)
{
    return {
        {u"id"_s, a.id},
        {u"order_id"_s, a.orderId},
        {u"order_number"_s, a.orderNumber},
        {u"amount_cents"_s, a.amount},
        {u"currency"_s, a.currency},
        {u"terminal_id"_s, a.terminalId},
        {u"status"_s, paymentStatusCode(a.status)},
        {u"reason"_s, a.reason},
        {u"last_error"_s, a.lastError},
        {u"created_at"_s, timeOrNull(a.createdAt)},
        {u"age_s"_s, a.createdAt.isValid() ? std::max<qint64>(0, a.createdAt.secsTo(now)) : 0},
    };
}

QJsonArray paidJson(const QList<PaidOrder> &orders)
{
    QJsonArray list;
    for (const PaidOrder &o : orders) {
        list.append(QJsonObject{{u"order_id"_s, o.orderId}, {u"order_number"_s, o.orderNumber},
                                {u"payment_id"_s, o.paymentId}, {u"amount_cents"_s, o.amount},
                                {u"paid_at"_s, timeOrNull(o.paidAt)}, {u"problem"_s, o.problem}});
    }
    return list;
}

void printPaid(QTextStream &out, const QString &title, const QList<PaidOrder> &orders, const QString &currency,
               bool withProblem)
{
    out << u"\n%1: %2\n"_s.arg(title).arg(orders.isEmpty() ? u"none"_s : QString::number(orders.size()));
    if (orders.isEmpty())
        return;
    QList<QStringList> rows{{u"ORDER"_s, u"PAYMENT ID"_s, u"AMOUNT"_s, u"PAID (UTC)"_s}};
    if (withProblem)
        rows.first().append(u"WHY NOT TAKEN"_s);
    for (const PaidOrder &o : orders) {
        rows.append({o.orderNumber, o.paymentId, amountText(o.amount, currency),
                     o.paidAt.isValid() ? o.paidAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) : u"-"_s});
        if (withProblem)
            rows.last().append(o.problem);
    }
    printColumns(out, rows);
}

void printHuman(QTextStream &out, const OfflineDatabase::Payments &p, const QDateTime &now)
{
    if (p.recent.isEmpty()) {
        out << u"no card payments\n"_s;
    } else {
        QList<QStringList> rows{{u"ID"_s, u"ORDER"_s, u"AMOUNT"_s, u"STATUS"_s, u"REASON"_s, u"AGE"_s, u"LAST ERROR"_s}};
        for (const PaymentAttempt &a : p.recent) {
            rows.append({a.id, a.orderNumber, amountText(a.amount, a.currency), paymentStatusCode(a.status), a.reason,
                         ageText(a.createdAt, now), a.lastError});
        }
        printColumns(out, rows);
    }
    // PaidOrder carries no currency: a kiosk takes one, its attempts'.
    const QString currency = p.recent.isEmpty() ? QString() : p.recent.first().currency;
    printPaid(out, u"Paid, the number never shown to the customer (hand it over)"_s, p.numberNotShown, currency, false);
    printPaid(out, u"Paid, not taken by the backend (refund at the point of sale)"_s, p.notTaken, currency, true);
}

} // namespace

int payments(Context &context, int limit)
{
    const std::unique_ptr<OfflineDatabase> db = OfflineDatabase::openForReading(context);
    if (!db)
        return ExitFailed;
    const std::optional<OfflineDatabase::Payments> p = db->payments(limit);
    if (!p) {
        context.io().err << u"kioskctl: %1\n"_s.arg(db->lastError());
        return ExitFailed;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (context.json()) {
        QJsonArray attempts;
        for (const PaymentAttempt &a : p->recent)
            attempts.append(attemptJson(a, now));
        const QJsonObject json{{u"now"_s, rfc3339(now)},
                               {u"attempts"_s, attempts},
                               {u"paid_number_not_shown"_s, paidJson(p->numberNotShown)},
                               {u"paid_not_taken"_s, paidJson(p->notTaken)}};
        context.io().out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        printHuman(context.io().out, *p, now);
    }
    return ExitOk;
}

} // namespace kiosk::ctl
