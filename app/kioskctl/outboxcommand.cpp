#include "kioskctl/commands.h"

#include "kioskctl/loopbackclient.h"
#include "kioskctl/offlinedatabase.h"
#include "kioskctl/texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

namespace {

// The listing (GET /outbox's JSON, from the kiosk or made offline) as a table.
void printTable(QTextStream &out, const QJsonObject &listing)
{
    const QJsonArray entries = listing.value(u"entries"_s).toArray();
    if (entries.isEmpty()) {
        const QString state = listing.value(u"state"_s).toString();
        out << (state == u"all"_s ? u"the outbox is empty\n"_s : u"no %1 entries\n"_s.arg(state));
        return;
    }
    QList<QStringList> rows{{u"SEQ"_s, u"KIND"_s, u"ORDER/KEY"_s, u"STATE"_s, u"TRIES"_s, u"CREATED (UTC)"_s,
                             u"NEXT ATTEMPT (UTC)"_s, u"LAST ERROR"_s}};
    for (const QJsonValue &value : entries) {
        const QJsonObject e = value.toObject();
        const QString number = e.value(u"order_number"_s).toString();
        rows.append({QString::number(e.value(u"seq"_s).toInteger()), e.value(u"kind"_s).toString(),
                     number.isEmpty() ? e.value(u"key"_s).toString() : number, e.value(u"state"_s).toString(),
                     QString::number(e.value(u"attempts"_s).toInt()), utcTimeCell(e.value(u"created_at"_s)),
                     utcTimeCell(e.value(u"next_attempt_at"_s)), e.value(u"last_error"_s).toString()});
    }
    printColumns(out, rows);
}

void printListing(Context &context, const QByteArray &json)
{
    if (context.json()) {
        context.io().out << QString::fromUtf8(json);
        if (!json.endsWith('\n'))
            context.io().out << u'\n';
    } else {
        printTable(context.io().out, QJsonDocument::fromJson(json).object());
    }
}

int listOffline(Context &context, OutboxFilter filter, int limit)
{
    const std::unique_ptr<OfflineDatabase> db = OfflineDatabase::openForReading(context);
    if (!db)
        return ExitFailed;
    const std::optional<QList<OutboxEntry>> entries = db->list(filter, limit);
    if (!entries) {
        context.io().err << u"kioskctl: %1\n"_s.arg(db->lastError());
        return ExitFailed;
    }
    printListing(context, outboxListingJson(filter, *entries));
    return ExitOk;
}

int retryOffline(Context &context, qint64 seq)
{
    const std::optional<QString> path = context.databasePath();
    if (!path)
        return ExitFailed;
    const OfflineDatabase::RetryResult result = OfflineDatabase::retryFailed(*path, seq);
    QTextStream &err = context.io().err;
    switch (result.outcome) {
    case OfflineDatabase::RetryResult::Retried:
        context.io().out << u"outbox entry %1 is pending again (in %2; the kiosk sends it once it runs)\n"_s
                                .arg(seq).arg(*path);
        return ExitOk;
    case OfflineDatabase::RetryResult::NotFound:
        err << u"kioskctl: no outbox entry %1\n"_s.arg(seq);
        return ExitFailed;
    case OfflineDatabase::RetryResult::NotFailed:
        err << u"kioskctl: outbox entry %1 has not failed\n"_s.arg(seq);
        return ExitFailed;
    case OfflineDatabase::RetryResult::InUse:
        err << u"kioskctl: another program has %1 open (a kiosk without its listener?); nothing changed\n"_s
                   .arg(*path);
        return ExitNotRunning;
    case OfflineDatabase::RetryResult::Error:
        break;
    }
    err << u"kioskctl: %1\n"_s.arg(result.error);
    return ExitFailed;
}

} // namespace

int listOutbox(Context &context, OutboxFilter filter, int limit)
{
    const std::optional<quint16> port = context.port();
    if (!port)
        return ExitFailed;
    const LoopbackReply reply = loopbackRequest(
        *port, "GET", u"/outbox?state=%1&limit=%2"_s.arg(outboxFilterName(filter)).arg(limit),
        context.options().timeoutMs, context.staffAuthorization());
    if (!reply.answered()) {
        // Reading is safe whether or not the kiosk runs.
        context.io().err << u"kioskctl: %1\n"_s.arg(unreachableMessage(context, *port, reply));
        return listOffline(context, filter, limit);
    }
    if (reply.status != 200) {
        context.io().err << u"kioskctl: %1\n"_s.arg(answerMessage(context, reply));
        return ExitFailed;
    }
    printListing(context, reply.body);
    return ExitOk;
}

int retryOutbox(Context &context, qint64 seq)
{
    const std::optional<quint16> port = context.port();
    if (!port)
        return ExitFailed;
    const LoopbackReply reply = loopbackRequest(*port, "POST", u"/outbox/%1/retry"_s.arg(seq),
                                                context.options().timeoutMs, context.staffAuthorization());
    const QString body = QString::fromUtf8(reply.body).trimmed();
    switch (reply.outcome) {
    case LoopbackReply::Outcome::NotRunning:
        return retryOffline(context, seq);
    case LoopbackReply::Outcome::NoAnswer:
        // Perhaps running but stuck: its database is not ours to write.
        context.io().err << u"kioskctl: %1; nothing changed\n"_s.arg(unreachableMessage(context, *port, reply));
        return ExitNotRunning;
    case LoopbackReply::Outcome::Answered:
        break;
    }
    if (reply.status == 200) {
        context.io().out << body << u'\n';
        return ExitOk;
    }
    context.io().err << u"kioskctl: %1\n"_s.arg(reply.status == 404 || reply.status == 409
                                                    ? body
                                                    : answerMessage(context, reply));
    return ExitFailed;
}

} // namespace kiosk::ctl
