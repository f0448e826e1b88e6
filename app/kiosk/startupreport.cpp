#include "startupreport.h"

#include <QCoreApplication>
#include <QFile>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTimer>
#include <atomic>
#include <cstdio>
#include <QList>
#include <ctime>
#include <unistd.h>

namespace kiosk {

qint64 millisecondsSinceProcessStart()
{
    // Field 22 of /proc/self/stat is the start time in clock ticks after boot; the command
    // name (field 2) may contain spaces, so count fields after its closing parenthesis.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int StartTimeAfterName = 22 - 3;
    if (fields.size() <= StartTimeAfterName)
        return -1;
    const qint64 startTicks = fields.at(StartTimeAfterName).toLongLong();
    const qint64 ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs - startTicks * 1000 / ticksPerSecond;
}

void onFirstFrame(QQuickWindow *window, bool report, bool exitAfter, std::function<void()> afterFirstFrame)
{
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [=] {
        static std::atomic_bool first = true;
        if (!first.exchange(false))
            return;
        if (report) {
            std::printf("startup_ms=%lld\n", millisecondsSinceProcessStart());
            // Which renderer drew it: the figures differ by a factor of two between them.
            const bool software = window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
            std::printf("renderer=%s\n", software ? "software" : "default");
            std::fflush(stdout);
        }
        // frameSwapped may come from the render thread: the rest happens on the GUI thread, and
        // behind a zero timer, after whatever the event loop already holds (the frame's own
        // events), so it never delays this frame. (Qt 6's quit() delivers synchronously, so
        // calling it on the render thread would deadlock.)
        QMetaObject::invokeMethod(window, [=] {
            QTimer::singleShot(0, window, [=] {
                afterFirstFrame();
                if (report) {
                    std::printf("background_ms=%lld\n", millisecondsSinceProcessStart());
                    std::fflush(stdout);
                }
                if (exitAfter)
                    QCoreApplication::quit();
            });
        }, Qt::QueuedConnection);
    }, Qt::DirectConnection);
}

} // namespace kiosk
