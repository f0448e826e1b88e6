#include "health/printerlisting.h"

#include "health/healthcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(rfc3339(time)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QByteArray printerStatusJson(const std::optional<PrinterHealth> &printer)
{
    const PrinterHealth none;
    const PrinterHealth &p = printer ? *printer : none;
    QJsonArray failed;
    for (const FailedTicket &ticket : p.failedTickets) {
        failed.append(QJsonObject{
            {u"label"_s, ticket.label},
            {u"queued_at"_s, timeJson(ticket.queuedAt)},
            {u"gave_up_at"_s, timeJson(ticket.gaveUpAt)},
            {u"attempts"_s, ticket.attempts},
            {u"last_error"_s, ticket.lastError},
        });
    }
    const QJsonObject body{
        {u"configured"_s, printer.has_value()},
        {u"state"_s, printerStateCode(p.status.state)},
        {u"detail"_s, p.status.detail},
        {u"paper_near_end"_s, p.status.paperNearEnd},
        {u"at"_s, timeJson(p.status.at)},
        {u"printed"_s, p.printed},
        {u"given_up"_s, p.givenUp},
        {u"failed_tickets"_s, failed},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

bool isValidOrderNumber(const QString &number)
{
    static const QRegularExpression Number(u"^[A-Za-z0-9-]{1,16}$"_s);
    return Number.match(number).hasMatch();
}

} // namespace kiosk
