#include "kioskctl/commands.h"

#include "kioskctl/loopbackclient.h"
#include "kioskctl/texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

namespace {

// GET /printer's JSON for people: the state, then the given-up tickets as a table.
void printHuman(QTextStream &out, const QJsonObject &printer)
{
    if (!printer.value(u"configured"_s).toBool()) {
        out << u"no printer configured (kiosk.json printer.kind \"none\")\n"_s;
        return;
    }
    QString state = printer.value(u"state"_s).toString();
    if (const QString detail = printer.value(u"detail"_s).toString(); !detail.isEmpty())
        state += u" (%1)"_s.arg(detail);
    if (printer.value(u"paper_near_end"_s).toBool())
        state += u", paper low"_s;
    out << u"printer: %1\n"_s.arg(state);
    out << u"checked: %1 UTC\n"_s.arg(utcTimeCell(printer.value(u"at"_s)));
    out << u"tickets since start: %1 printed, %2 given up\n"_s.arg(printer.value(u"printed"_s).toInteger())
               .arg(printer.value(u"given_up"_s).toInteger());
    const QJsonArray failed = printer.value(u"failed_tickets"_s).toArray();
    if (failed.isEmpty()) {
        out << u"no ticket waits for a reprint\n"_s;
        return;
    }
    out << u"\nNot printed (kioskctl reprint NUMBER):\n"_s;
    QList<QStringList> rows{{u"TICKET"_s, u"QUEUED (UTC)"_s, u"GAVE UP (UTC)"_s, u"TRIES"_s, u"LAST ERROR"_s}};
    for (const QJsonValue &value : failed) {
        const QJsonObject t = value.toObject();
        rows.append({t.value(u"label"_s).toString(), utcTimeCell(t.value(u"queued_at"_s)),
                     utcTimeCell(t.value(u"gave_up_at"_s)), QString::number(t.value(u"attempts"_s).toInt()),
                     t.value(u"last_error"_s).toString()});
    }
    printColumns(out, rows);
}

} // namespace

int printerStatus(Context &context)
{
    const std::optional<quint16> port = context.port();
    if (!port)
        return ExitFailed;
    const LoopbackReply reply =
        loopbackRequest(*port, "GET", u"/printer"_s, context.options().timeoutMs, context.staffAuthorization());
    if (!reply.answered()) {
        // Only the kiosk talks to the printer: nothing to read offline.
        context.io().err << u"kioskctl: %1\n"_s.arg(unreachableMessage(context, *port, reply));
        return ExitNotRunning;
    }
    if (reply.status != 200) {
        context.io().err << u"kioskctl: %1\n"_s.arg(answerMessage(context, reply));
        return ExitFailed;
    }
    if (context.json()) {
        context.io().out << QString::fromUtf8(QJsonDocument::fromJson(reply.body).toJson(QJsonDocument::Indented));
    } else {
        printHuman(context.io().out, QJsonDocument::fromJson(reply.body).object());
    }
    return ExitOk;
}

} // namespace kiosk::ctl
