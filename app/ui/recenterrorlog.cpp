#include "ui/recenterrorlog.h"

#include <atomic>

namespace kiosk {

namespace {

std::atomic<RecentErrorLog *> s_installed = nullptr;
std::atomic<QtMessageHandler> s_previous = nullptr;
// A handler further down the chain may log (or chain back to us): never loop.
thread_local bool t_inHandler = false;

void recentErrorHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!t_inHandler) {
        t_inHandler = true;
        if (RecentErrorLog *log = s_installed.load())
            log->record(type, QString::fromUtf8(context.category ? context.category : "default"), message);
        if (QtMessageHandler previous = s_previous.load())
            previous(type, context, message);
        t_inHandler = false;
    }
}

} // namespace

RecentErrorLog::RecentErrorLog(int capacity) : m_capacity(std::max(1, capacity))
{
    m_ring.reserve(m_capacity);
}

RecentErrorLog::~RecentErrorLog()
{
    RecentErrorLog *self = this;
    if (s_installed.compare_exchange_strong(self, nullptr)) {
        const QtMessageHandler current = qInstallMessageHandler(s_previous.load());
        if (current != recentErrorHandler)
            qInstallMessageHandler(current); // someone chained after us: leave theirs on top
    }
}

void RecentErrorLog::install()
{
    s_installed = this;
    const QtMessageHandler previous = qInstallMessageHandler(recentErrorHandler);
    if (previous != recentErrorHandler)
        s_previous = previous; // Qt hands back its default handler when none was set
}

RecentErrorLog *RecentErrorLog::installed()
{
    return s_installed.load();
}

void RecentErrorLog::record(QtMsgType type, const QString &category, const QString &message)
{
    if (type != QtWarningMsg && type != QtCriticalMsg && type != QtFatalMsg)
        return;
    LoggedMessage entry{QDateTime::currentDateTime(), type, category, message};
    const QMutexLocker lock(&m_mutex);
    entry.seq = m_recorded;
    if (m_ring.size() < m_capacity) {
        m_ring.append(std::move(entry));
    } else {
        m_ring[m_next] = std::move(entry);
        m_next = (m_next + 1) % m_capacity;
    }
    ++m_recorded;
}

QList<LoggedMessage> RecentErrorLog::messages() const
{
    const QMutexLocker lock(&m_mutex);
    QList<LoggedMessage> ordered;
    ordered.reserve(m_ring.size());
    for (int i = 0; i < m_ring.size(); ++i)
        ordered.append(m_ring.at((m_next + i) % m_ring.size()));
    return ordered;
}

quint64 RecentErrorLog::recordedCount() const
{
    const QMutexLocker lock(&m_mutex);
    return m_recorded;
}

} // namespace kiosk
