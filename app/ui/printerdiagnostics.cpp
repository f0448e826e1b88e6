#include "ui/printerdiagnostics.h"

#include "storage/orderstore.h"

namespace kiosk {

PrinterDiagnostics::PrinterDiagnostics(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_clock(&QDateTime::currentDateTime)
{
}

void PrinterDiagnostics::setPrinterStatus(const PrinterStatus &status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged();
}

void PrinterDiagnostics::setFailedTickets(const QList<FailedTicket> &tickets)
{
    // Most recently given up first: the one a customer is asking about now is on top.
    QList<FailedTicket> newestFirst = tickets;
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [](const FailedTicket &a, const FailedTicket &b) { return a.gaveUpAt > b.gaveUpAt; });
    m_failed.setTickets(newestFirst);
}

void PrinterDiagnostics::setCurrency(const QString &currency)
{
    m_currency = currency;
}

HealthCheckListModel::Status PrinterDiagnostics::badge() const
{
    using State = PrinterStatus::State;
    switch (m_status.state) {
    case State::Ready:
        return m_status.paperNearEnd ? HealthCheckListModel::Status::Warn : HealthCheckListModel::Status::Pass;
    case State::PaperOut:
    case State::CoverOpen:
    case State::Unreachable:
    case State::Error:
        return HealthCheckListModel::Status::Fail;
    case State::NotConfigured:
    case State::Unknown:
        break;
    }
    return HealthCheckListModel::Status::Unknown;
}

QString PrinterDiagnostics::checkedText() const
{
    return m_status.at.isValid() ? m_status.at.toLocalTime().toString(u"HH:mm:ss") : QString();
}

void PrinterDiagnostics::refresh()
{
    m_recent.setOrders(OrderStore(m_db).recent(RecentLimit), m_clock().toLocalTime().date(), m_currency);
}

bool PrinterDiagnostics::testPrint()
{
    if (!mayAct())
        return false;
    emit testPrintRequested();
    return true;
}

bool PrinterDiagnostics::reprint(const QString &number)
{
    if (!mayAct() || number.isEmpty())
        return false;
    emit reprintRequested(number);
    return true;
}

bool PrinterDiagnostics::checkNow()
{
    if (!mayAct())
        return false;
    emit checkRequested();
    return true;
}

} // namespace kiosk
