#include "ui/failedticketlistmodel.h"

namespace kiosk {

namespace {

QString localTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(u"HH:mm:ss") : QString();
}

// A test ticket has no order id, and staff may print several: the label and queue time tell
// tickets apart.
QString ticketId(const FailedTicket &ticket)
{
    return ticket.label + u'@' + ticket.queuedAt.toString(Qt::ISODateWithMs);
}

} // namespace

FailedTicketListModel::FailedTicketListModel(QObject *parent)
    : RowListModel(parent),
      m_rows(this, &ticketId,
             {{LabelRole, "label", &FailedTicket::label},
              {OrderIdRole, "orderId", &FailedTicket::orderId},
              {TestTicketRole, "testTicket", [](const FailedTicket &t) { return t.orderId.isEmpty(); }},
              {QueuedTextRole, "queuedText", [](const FailedTicket &t) { return localTime(t.queuedAt); }},
              {GaveUpTextRole, "gaveUpText", [](const FailedTicket &t) { return localTime(t.gaveUpAt); }},
              {AttemptsRole, "attempts", &FailedTicket::attempts},
              {LastErrorRole, "lastError", &FailedTicket::lastError}})
{
}

void FailedTicketListModel::setTickets(const QList<FailedTicket> &tickets)
{
    m_rows.replace(tickets);
}

} // namespace kiosk
