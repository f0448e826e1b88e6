#pragma once

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>
#include <QtGlobal>

namespace kiosk {

// One warning or critical message, as the diagnostics "Recent errors" page lists it.
struct LoggedMessage
{
    QDateTime at;
    QtMsgType type = QtWarningMsg;
    QString category;
    QString message;
    quint64 seq = 0; // how many were recorded before it: tells two alike messages apart
};

// The last `capacity` warnings and criticals of the whole process, kept by a Qt message
// handler that chains to the one installed before it, so nothing else about logging changes.
// Thread-safe: any thread may log.
class RecentErrorLog
{
public:
    static constexpr int DefaultCapacity = 100;

    explicit RecentErrorLog(int capacity = DefaultCapacity);
    ~RecentErrorLog(); // uninstalls itself
    RecentErrorLog(const RecentErrorLog &) = delete;
    RecentErrorLog &operator=(const RecentErrorLog &) = delete;

    // Becomes the process's message handler, passing every message on to the previous one.
    // Calling it again (say after a test framework installed its own) puts it back on top.
    void install();
    // The log installed last; nullptr when none is.
    static RecentErrorLog *installed();

    // Keeps warnings, criticals and fatals; ignores the rest.
    void record(QtMsgType type, const QString &category, const QString &message);
    // Oldest first.
    QList<LoggedMessage> messages() const;
    // How many were ever recorded: tells a reader whether anything new came.
    quint64 recordedCount() const;

private:
    const int m_capacity;
    mutable QMutex m_mutex;
    QList<LoggedMessage> m_ring;
    int m_next = 0; // where the next message goes once the ring is full
    quint64 m_recorded = 0;
};

} // namespace kiosk
