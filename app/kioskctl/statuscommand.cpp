#include "kioskctl/commands.h"

#include "kioskctl/loopbackclient.h"
#include "kioskctl/offlinedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

namespace {

QString valueText(const QJsonValue &value, const QString &unit)
{
    QString text;
    if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 15);
    else if (value.isString())
        text = value.toString();
    else if (value.isBool())
        text = value.toBool() ? u"true"_s : u"false"_s;
    else
        return u"-"_s;
    return unit.isEmpty() ? text : text + u' ' + unit;
}

// "kiosk K1 (0.1.0): warn", then a line per check: status, name, value and unit, output.
void printReport(QTextStream &out, const QJsonObject &root)
{
    out << u"kiosk %1 (%2): %3\n"_s.arg(root.value(u"serviceId"_s).toString(),
                                       root.value(u"releaseId"_s).toString(),
                                       root.value(u"status"_s).toString());
    struct Row
    {
        QString status, name, value, output;
    };
    QList<Row> rows;
    const QJsonObject checks = root.value(u"checks"_s).toObject();
    for (auto it = checks.begin(); it != checks.end(); ++it) {
        for (const QJsonValue &entry : it.value().toArray()) {
            const QJsonObject check = entry.toObject();
            rows.append({check.value(u"status"_s).toString(), it.key(),
                         valueText(check.value(u"observedValue"_s), check.value(u"observedUnit"_s).toString()),
                         check.value(u"output"_s).toString()});
        }
    }
    qsizetype nameWidth = 0, valueWidth = 0;
    for (const Row &row : std::as_const(rows)) {
        nameWidth = std::max(nameWidth, row.name.size());
        valueWidth = std::max(valueWidth, row.value.size());
    }
    // An output of several lines (a rejected config's messages) stays in its column.
    const QString continuation = u'\n' + QString(2 + 4 + 2 + nameWidth + 2 + valueWidth + 2, u' ');
    for (const Row &row : std::as_const(rows)) {
        QString output = row.output;
        output.replace(u'\n', continuation);
        QString line = u"  %1  %2  %3  %4"_s.arg(row.status, -4).arg(row.name, -int(nameWidth))
                           .arg(row.value, -int(valueWidth)).arg(output);
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << u'\n';
    }
}

int reportHealth(Context &context, const LoopbackReply &reply)
{
    QTextStream &out = context.io().out;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    if (!doc.isObject() || !doc.object().contains(u"status"_s)) {
        const QString body = QString::fromUtf8(reply.body).trimmed();
        if (reply.status == 503 && body == u"starting"_s)
            context.io().err << u"kioskctl: the kiosk is starting: no health report yet\n"_s;
        else
            context.io().err << u"kioskctl: unexpected answer from the kiosk: HTTP %1 %2\n"_s.arg(reply.status).arg(body);
        return ExitFailed;
    }
    const QString status = doc.object().value(u"status"_s).toString();
    if (context.json()) {
        out << QString::fromUtf8(reply.body);
        if (!reply.body.endsWith('\n'))
            out << u'\n';
    } else {
        printReport(out, doc.object());
    }
    return status == u"pass"_s || status == u"warn"_s ? ExitOk : ExitFailed;
}

// What the database says without the kiosk, as JSON (the --json output's "database").
QJsonObject readOffline(const QString &path)
{
    QJsonObject result{{u"path"_s, path}};
    QString error;
    const std::unique_ptr<OfflineDatabase> db = OfflineDatabase::openReadOnly(path, &error);
    if (!db) {
        result.insert(u"error"_s, error);
        return result;
    }
    QStringList errors;
    if (const auto counts = db->counts()) {
        result.insert(u"outbox"_s, QJsonObject{{u"pending"_s, counts->pending},
                                               {u"delivered"_s, counts->delivered},
                                               {u"failed"_s, counts->failed}});
    } else {
        errors.append(db->lastError());
    }
    const std::optional<QDateTime> oldest = db->oldestPendingCreatedAt();
    if (oldest)
        result.insert(u"oldest_pending_age_s"_s, std::max<qint64>(0, oldest->secsTo(QDateTime::currentDateTimeUtc())));
    else if (db->lastError().isEmpty())
        result.insert(u"oldest_pending_age_s"_s, QJsonValue());
    else
        errors.append(db->lastError());
    if (const auto check = db->quickCheck())
        result.insert(u"quick_check"_s, *check);
    else
        errors.append(db->lastError());
    if (!errors.isEmpty())
        result.insert(u"error"_s, errors.join(u"; "_s));
    return result;
}

void printOffline(QTextStream &out, const QJsonObject &db)
{
    out << u"database %1 (read-only):\n"_s.arg(db.value(u"path"_s).toString());
    if (db.contains(u"outbox"_s)) {
        const QJsonObject outbox = db.value(u"outbox"_s).toObject();
        out << u"  outbox          %1 pending, %2 delivered, %3 failed\n"_s.arg(outbox.value(u"pending"_s).toInt())
                   .arg(outbox.value(u"delivered"_s).toInt()).arg(outbox.value(u"failed"_s).toInt());
    }
    if (db.contains(u"oldest_pending_age_s"_s)) {
        const QJsonValue age = db.value(u"oldest_pending_age_s"_s);
        out << u"  oldest pending  %1\n"_s.arg(age.isNull() ? u"-"_s : u"%1 s"_s.arg(age.toInteger()));
    }
    if (db.contains(u"quick_check"_s))
        out << u"  quick_check     %1\n"_s.arg(db.value(u"quick_check"_s).toString());
    if (db.contains(u"error"_s))
        out << u"  error           %1\n"_s.arg(db.value(u"error"_s).toString());
}

int reportNotRunning(Context &context, quint16 port, const LoopbackReply &reply)
{
    const QString why = unreachableMessage(context, port, reply);
    const std::optional<QString> path = context.databasePath();
    const QJsonObject db = path ? readOffline(*path) : QJsonObject();
    QTextStream &out = context.io().out;
    if (context.json()) {
        QJsonObject root{{u"status"_s, reply.outcome == LoopbackReply::Outcome::NotRunning ? u"not running"_s
                                                                                           : u"no answer"_s},
                         {u"listener"_s, context.listenerAddress(port)},
                         {u"output"_s, why}};
        if (path)
            root.insert(u"database"_s, db);
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        out << why << u'\n';
        if (path)
            printOffline(out, db);
    }
    return ExitNotRunning;
}

} // namespace

QString unreachableMessage(const Context &context, quint16 port, const LoopbackReply &reply)
{
    if (reply.outcome == LoopbackReply::Outcome::NotRunning)
        return u"the kiosk is not running (nothing listens on %1)"_s.arg(context.listenerAddress(port));
    return u"the kiosk does not answer on %1: %2"_s.arg(context.listenerAddress(port), reply.error);
}

QString answerMessage(Context &context, const LoopbackReply &reply)
{
    if (reply.status == 401)
        return context.refusedMessage();
    return u"the kiosk answered HTTP %1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body).trimmed());
}

int status(Context &context)
{
    const std::optional<quint16> port = context.port();
    if (!port)
        return ExitFailed;
    const LoopbackReply reply = loopbackRequest(*port, "GET", u"/healthz"_s, context.options().timeoutMs);
    if (!reply.answered())
        return reportNotRunning(context, *port, reply);
    return reportHealth(context, reply);
}

} // namespace kiosk::ctl
