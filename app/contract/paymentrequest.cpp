#include "contract/paymentrequest.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kiosk {

QByteArray PaymentCreateRequest::toJson() const
{
    const QJsonObject body{
        {QStringLiteral("id"), id},
        {QStringLiteral("order_id"), orderId},
        {QStringLiteral("amount_cents"), amountCents},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("terminal_id"), terminalId},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    // QJsonObject keeps its keys sorted, so the bytes depend on the values only.
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace kiosk
