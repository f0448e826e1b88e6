#include "kioskctl/texttable.h"

#include <QDateTime>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

void printColumns(QTextStream &out, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(rows.isEmpty() ? 0 : rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths.value(i) + 2) : row[i];
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << u'\n';
    }
}

QString utcTimeCell(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) : u"-"_s;
}

} // namespace kiosk::ctl
