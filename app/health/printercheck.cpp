#include "health/printercheck.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

constexpr qint64 GivenUpWarnS = 3600;

// What is wrong with the printer, for staff; empty when nothing is.
QString trouble(const PrinterStatus &status)
{
    const QString detail = status.detail.simplified().left(120);
    switch (status.state) {
    case PrinterStatus::State::PaperOut:
        return u"out of paper"_s;
    case PrinterStatus::State::CoverOpen:
        return u"cover open"_s;
    case PrinterStatus::State::Unreachable:
        return detail.isEmpty() ? u"unreachable"_s : u"unreachable: %1"_s.arg(detail);
    case PrinterStatus::State::Error:
        return detail.isEmpty() ? u"printer error"_s : u"printer error: %1"_s.arg(detail);
    case PrinterStatus::State::NotConfigured:
    case PrinterStatus::State::Unknown:
    case PrinterStatus::State::Ready:
        break;
    }
    return {};
}

} // namespace

HealthCheck printerCheck(const PrinterHealth &printer, const QDateTime &now)
{
    HealthCheck c;
    c.component = u"printer"_s;
    c.measurement = u"state"_s;
    c.componentType = u"component"_s;
    const PrinterStatus &status = printer.status;
    c.time = status.at.isValid() ? status.at : now;
    c.observedValue = printerStateCode(status.state);

    QStringList problems;
    if (const QString words = trouble(status); !words.isEmpty())
        problems.append(words);
    else if (status.state == PrinterStatus::State::Ready && status.paperNearEnd)
        problems.append(u"paper low: change the roll soon"_s);
    qsizetype recent = 0;
    for (const FailedTicket &ticket : printer.failedTickets) {
        if (ticket.gaveUpAt.isValid() && ticket.gaveUpAt.secsTo(now) < GivenUpWarnS)
            ++recent;
    }
    if (recent > 0)
        problems.append(u"%1 ticket(s) not printed in the last hour: reprint from diagnostics or "
                        u"kioskctl reprint"_s.arg(recent));

    if (!problems.isEmpty()) {
        c.status = HealthStatus::Warn;
        c.output = problems.join(u"; "_s);
    } else if (status.state == PrinterStatus::State::Unknown) {
        c.output = u"not read yet"_s;
    } else {
        c.output = u"printer ready"_s;
    }
    return c;
}

} // namespace kiosk
