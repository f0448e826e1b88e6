#include "ui/devicefigures.h"

#include <QFile>
#include <unistd.h>

namespace kiosk {

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readLine().split(' ');
    bool ok = false;
    const qint64 pages = fields.size() > 1 ? fields.at(1).toLongLong(&ok) : 0;
    return ok ? pages * sysconf(_SC_PAGESIZE) : -1;
}

QDateTime processStartUtc()
{
    static const QDateTime start = QDateTime::currentDateTimeUtc();
    return start;
}

} // namespace kiosk
