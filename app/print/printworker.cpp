#include "print/printworker.h"

#include "print/printerstatusreader.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {
PrinterStatus statusOf(PrinterStatus::State state, const QString &detail)
{
    PrinterStatus status;
    status.state = state;
    status.detail = detail;
    if (state != PrinterStatus::State::NotConfigured)
        status.at = QDateTime::currentDateTimeUtc();
    return status;
}
} // namespace

PrintWorker::PrintWorker(const PrinterSettings &settings, const PrintTiming &timing)
    : m_settings(settings), m_timing(timing), m_runTimer(this), m_pollTimer(this)
{
    m_runTimer.setSingleShot(true);
    connect(&m_runTimer, &QTimer::timeout, this, &PrintWorker::runQueue);
    m_pollTimer.setInterval(m_timing.pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &PrintWorker::poll);
}

PrintWorker::~PrintWorker() = default;

void PrintWorker::begin()
{
    m_link = makePrinterLink(m_settings, m_timing.ioTimeoutMs);
    m_pollTimer.start();
    poll();
}

void PrintWorker::enqueue(PrintJob job)
{
    job.queuedAt = QDateTime::currentDateTimeUtc();
    job.sinceQueued.start();
    if (!m_link) {
        // No printer (kind "none"): nothing will ever print it, so staff see it at once.
        m_queue.push_back(std::move(job));
        giveUp(u"no printer is configured"_s);
        return;
    }
    m_queue.push_back(std::move(job));
    if (m_queue.size() == 1)
        scheduleRun(0);
}

void PrintWorker::applySettings(const PrinterSettings &settings)
{
    if (settings == m_settings)
        return;
    const bool samePrinter = settings.kind == m_settings.kind && settings.host == m_settings.host
                             && settings.port == m_settings.port && settings.device == m_settings.device;
    m_settings = settings;
    // Paper width, code page or copies alone keep the connection.
    if (!samePrinter)
        m_link = makePrinterLink(m_settings, m_timing.ioTimeoutMs);
    if (!m_link) {
        m_runTimer.stop();
        while (!m_queue.empty())
            giveUp(u"printing was switched off in the settings"_s);
        publish(statusOf(PrinterStatus::State::NotConfigured, {}));
        return;
    }
    // Waiting tickets keep their place and their give-up window; they are rendered again for
    // the new paper width and code page, and tried on the new printer right away.
    if (!m_queue.empty())
        scheduleRun(0);
    else
        poll();
}

void PrintWorker::checkNow()
{
    if (!m_queue.empty())
        scheduleRun(0);
    else
        poll();
}

void PrintWorker::runQueue()
{
    if (stopping() || m_queue.empty() || !m_link)
        return;
    QString error;
    const bool printed = attempt(m_queue.front(), &error);
    if (stopping())
        return; // cut short by stop(): neither printed nor failed
    if (printed) {
        const PrintJob done = std::move(m_queue.front());
        m_queue.pop_front();
        emit ticketPrinted(done.orderId, done.label);
        if (!m_queue.empty())
            scheduleRun(0);
        return;
    }
    failed(error);
}

bool PrintWorker::attempt(PrintJob &job, QString *error)
{
    ++job.attempts;
    const PrinterStatus before = readStatus();
    publish(before);
    if (!before.canPrint()) {
        *error = before.detail;
        return false;
    }
    if (job.bytes.isEmpty() || !(job.renderedFor == m_settings)) {
        job.bytes = job.render ? job.render(m_settings) : QByteArray();
        job.renderedFor = m_settings;
    }
    if (job.bytes.isEmpty()) {
        *error = u"the ticket could not be laid out"_s;
        return false;
    }
    for (int copy = 0; copy < std::max(1, m_settings.copies); ++copy) {
        if (!m_link->write(job.bytes, error)) {
            publish(statusOf(PrinterStatus::State::Unreachable, *error));
            return false;
        }
    }
    // Sent is not printed: a printer out of paper or with the cover open drops what it gets,
    // and a connection lost after the last byte may have lost the ticket too. Only a printer
    // still Ready on the same connection counts it as printed.
    const PrinterStatus after = m_link->isOpen()
                                    ? readPrinterStatus(*m_link, m_timing.ioTimeoutMs)
                                    : statusOf(PrinterStatus::State::Unreachable, u"the connection was lost"_s);
    if (after.state == PrinterStatus::State::Unreachable)
        m_link->close();
    publish(after);
    if (after.canPrint())
        return true;
    *error = after.state == PrinterStatus::State::Unreachable
                 ? u"the connection was lost while printing; the ticket is sent again"_s
                 : after.detail;
    return false;
}

void PrintWorker::failed(const QString &error)
{
    PrintJob &job = m_queue.front();
    job.lastError = error;
    // Every ticket behind this one waits too: each is told once.
    for (PrintJob &waiting : m_queue) {
        if (!waiting.delayed) {
            waiting.delayed = true;
            emit ticketDelayed(waiting.orderId, waiting.label, error);
        }
    }
    const qint64 elapsed = job.sinceQueued.elapsed();
    if (elapsed >= m_timing.giveUpAfterMs) {
        giveUp(error);
        if (!m_queue.empty())
            scheduleRun(0);
        return;
    }
    // The last attempt falls on the end of the window, not up to one interval after it.
    scheduleRun(int(std::min<qint64>(m_timing.retryIntervalMs, m_timing.giveUpAfterMs - elapsed)));
}

void PrintWorker::giveUp(const QString &error)
{
    const PrintJob job = std::move(m_queue.front());
    m_queue.pop_front();
    FailedTicket ticket;
    ticket.orderId = job.orderId;
    ticket.label = job.label;
    ticket.queuedAt = job.queuedAt;
    ticket.gaveUpAt = QDateTime::currentDateTimeUtc();
    ticket.attempts = job.attempts;
    ticket.lastError = error;
    emit ticketGivenUp(ticket);
}

void PrintWorker::poll()
{
    // While a ticket waits, each attempt reads the status itself.
    if (stopping() || !m_queue.empty())
        return;
    if (!m_link) {
        publish(statusOf(PrinterStatus::State::NotConfigured, {}));
        return;
    }
    publish(readStatus());
}

PrinterStatus PrintWorker::readStatus(bool mayReconnect)
{
    if (!m_link)
        return statusOf(PrinterStatus::State::NotConfigured, {});
    const bool wasOpen = m_link->isOpen();
    if (!wasOpen) {
        QString error;
        if (!m_link->open(&error))
            return statusOf(PrinterStatus::State::Unreachable, error);
    }
    PrinterStatus status = readPrinterStatus(*m_link, m_timing.ioTimeoutMs);
    if (status.state != PrinterStatus::State::Unreachable)
        return status;
    // A connection that was lost (the printer closed it, or was switched off and on) is worth
    // one fresh try; a printer that keeps the connection but stays silent is not, so a silent
    // printer costs one I/O timeout.
    const bool lost = !m_link->isOpen();
    m_link->close();
    if (wasOpen && lost && mayReconnect && !stopping())
        return readStatus(false);
    return status;
}

void PrintWorker::publish(const PrinterStatus &status)
{
    if (!stopping())
        emit statusRead(status);
}

void PrintWorker::scheduleRun(int delayMs)
{
    m_runTimer.start(std::max(0, delayMs));
}

bool PrintWorker::stopping() const
{
    return QThread::currentThread()->isInterruptionRequested();
}

} // namespace kiosk
