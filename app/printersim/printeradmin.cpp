#include "printersim/printeradmin.h"

#include "contract/jsonfield.h"
#include "printersim/printersimulator.h"
#include "printersim/ticketarchive.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kiosk {

using simkit::Request;
using simkit::Response;
using Paper = PrinterSimulator::Paper;

namespace {

const QList<std::pair<QString, Paper>> &paperNames()
{
    static const QList<std::pair<QString, Paper>> names{
        {u"present"_s, Paper::Present}, {u"near_end"_s, Paper::NearEnd}, {u"out"_s, Paper::Out}};
    return names;
}

} // namespace

PrinterAdmin::PrinterAdmin(PrinterSimulator &printer, const TicketArchive &archive)
    : m_printer(printer)
    , m_archive(archive)
{
}

Response PrinterAdmin::handle(const Request &request)
{
    if (request.path == u"/admin/printer") {
        if (request.method == "GET")
            return state();
        if (request.method == "PUT")
            return change(request);
        return Response::methodNotAllowed("GET, PUT");
    }
    if (request.path == u"/admin/tickets")
        return request.method == "GET" ? tickets() : Response::methodNotAllowed("GET");
    return Response::notFound(request);
}

Response PrinterAdmin::state() const
{
    QString paper;
    for (const auto &[name, value] : paperNames()) {
        if (value == m_printer.paper())
            paper = name;
    }
    return Response::json(200, QJsonObject{
        {u"paper"_s, paper},
        {u"cover_open"_s, m_printer.coverOpen()},
        {u"silent"_s, m_printer.silent()},
        {u"refuse_connections"_s, m_printer.refusingConnections()},
        {u"status_queries"_s, m_printer.statusQueries()},
        {u"tickets"_s, int(m_printer.tickets().size())},
        {u"discarded_tickets"_s, m_printer.discardedTickets()},
        {u"connections"_s, m_printer.connectionCount()},
    });
}

Response PrinterAdmin::change(const Request &request)
{
    QString error;
    const std::optional<QJsonObject> json = parseJsonBody(request.body, &error);
    if (!json)
        return Response::error(400, error);
    const QStringList known{u"paper"_s, u"cover_open"_s, u"silent"_s, u"refuse_connections"_s, u"disconnect_after"_s};
    for (const QString &key : json->keys()) {
        if (!known.contains(key))
            return Response::error(400, u"%1: unknown field (known: %2)"_s.arg(key, known.join(u", ")));
    }
    // Everything checked before anything changes.
    std::optional<Paper> paper;
    if (json->contains(u"paper"_s)) {
        const std::optional<QString> name = JsonField(*json, QString(), u"paper"_s).string(&error);
        for (const auto &[known, value] : paperNames()) {
            if (name == known)
                paper = value;
        }
        if (!paper)
            return Response::error(400, name ? u"paper: expected present, near_end or out"_s : error);
    }
    const auto flag = [&](const QString &key) -> std::optional<std::optional<bool>> {
        if (!json->contains(key))
            return std::optional<bool>();
        const std::optional<bool> value = JsonField(*json, QString(), key).boolean(&error);
        return value ? std::optional<std::optional<bool>>(value) : std::nullopt;
    };
    const auto coverOpen = flag(u"cover_open"_s);
    const auto silent = flag(u"silent"_s);
    const auto refuse = flag(u"refuse_connections"_s);
    if (!coverOpen || !silent || !refuse)
        return Response::error(400, error);
    std::optional<qint64> disconnectAfter;
    if (json->contains(u"disconnect_after"_s)) {
        disconnectAfter = JsonField(*json, QString(), u"disconnect_after"_s).integer(&error, 0, 1 << 30);
        if (!disconnectAfter)
            return Response::error(400, error);
    }
    if (paper)
        m_printer.setPaper(*paper);
    if (*coverOpen)
        m_printer.setCoverOpen(**coverOpen);
    if (*silent)
        m_printer.setSilent(**silent);
    if (*refuse)
        m_printer.setRefuseConnections(**refuse);
    if (disconnectAfter)
        m_printer.setDisconnectAfter(int(*disconnectAfter));
    return state();
}

Response PrinterAdmin::tickets() const
{
    QJsonArray list;
    int number = 0;
    for (const DecodedTicket &ticket : m_archive.tickets()) {
        list.append(QJsonObject{{u"number"_s, ++number},
                                {u"text"_s, ticket.text},
                                {u"cut"_s, ticket.cut},
                                {u"problems"_s, QJsonArray::fromStringList(ticket.problems)}});
    }
    return Response::json(200, QJsonObject{{u"tickets"_s, list}});
}

} // namespace kiosk
