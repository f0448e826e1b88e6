#include "print/printservice.h"

#include "print/printworker.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {
// Staff look at the last ones; a printer gone for a day must not grow this without end.
constexpr int kMaxFailedTickets = 50;

bool sameNews(const PrinterStatus &a, const PrinterStatus &b)
{
    return a.state == b.state && a.paperNearEnd == b.paperNearEnd && a.detail == b.detail;
}
} // namespace

PrintService::PrintService(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<kiosk::PrinterStatus>();
    qRegisterMetaType<kiosk::FailedTicket>();
}

PrintService::~PrintService()
{
    stop();
}

void PrintService::start(const PrinterSettings &settings, PrintTiming timing)
{
    stop();
    m_settings = settings;
    m_timing = timing;
    PrinterStatus initial;
    if (settings.isConfigured()) {
        initial.state = PrinterStatus::State::Unknown;
        initial.detail = u"not asked yet"_s;
        initial.at = QDateTime::currentDateTimeUtc();
    }
    onStatusRead(initial);

    m_thread = new QThread(this);
    m_thread->setObjectName(u"printer"_s);
    m_worker = new PrintWorker(settings, timing);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PrintWorker::statusRead, this, &PrintService::onStatusRead);
    connect(m_worker, &PrintWorker::ticketPrinted, this, &PrintService::onTicketPrinted);
    connect(m_worker, &PrintWorker::ticketDelayed, this, &PrintService::ticketDelayed);
    connect(m_worker, &PrintWorker::ticketGivenUp, this, &PrintService::onTicketGivenUp);
    // Tickets are not urgent next to the UI: the 2 cores go to the screen first.
    m_thread->start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_worker, &PrintWorker::begin, Qt::QueuedConnection);
}

void PrintService::applySettings(const PrinterSettings &settings)
{
    if (!m_thread) {
        start(settings, m_timing);
        return;
    }
    m_settings = settings;
    PrintWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, settings] { worker->applySettings(settings); }, Qt::QueuedConnection);
}

void PrintService::stop()
{
    if (!m_thread)
        return;
    // Every wait on the printer thread is sliced and checks for this, so the join is quick.
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr; // deleted on its thread by finished -> deleteLater
}

void PrintService::print(const QString &orderId, const QString &label, TicketRender render)
{
    if (!m_thread || !m_settings.isConfigured())
        return;
    PrintJob job;
    job.orderId = orderId;
    job.label = label;
    job.render = std::move(render);
    PrintWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, job = std::move(job)]() mutable { worker->enqueue(std::move(job)); },
        Qt::QueuedConnection);
}

void PrintService::checkNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &PrintWorker::checkNow, Qt::QueuedConnection);
}

void PrintService::onStatusRead(const PrinterStatus &status)
{
    const bool news = !sameNews(status, m_status);
    m_status = status;
    if (news)
        emit statusChanged(m_status);
}

void PrintService::onTicketPrinted(const QString &orderId, const QString &label)
{
    ++m_printed;
    emit ticketPrinted(orderId, label);
}

void PrintService::onTicketGivenUp(const FailedTicket &ticket)
{
    ++m_givenUp;
    m_failed.append(ticket);
    if (m_failed.size() > kMaxFailedTickets)
        m_failed.removeFirst();
    emit ticketGivenUp(ticket.orderId, ticket.label);
    emit failedTicketsChanged();
}

} // namespace kiosk
