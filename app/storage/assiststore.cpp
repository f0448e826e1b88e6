#include "storage/assiststore.h"

#include "storage/database.h"
#include "storage/staffaudit.h"

#include <QJsonDocument>

namespace kiosk {

namespace {

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AssistStore::CallResult AssistStore::call(const AssistRequest &request, int repeatWindowS)
{
    CallResult result;
    Database::Transaction tx(m_db);
    auto fail = [&](const QString &what) {
        result.outcome = CallResult::Failed;
        result.error = QStringLiteral("%1: %2").arg(what, m_db.lastError());
        return result;
    };
    if (!tx.isActive())
        return fail(QStringLiteral("cannot start a transaction"));

    Statement recent = m_db.prepare(
        "SELECT id FROM assist_requests WHERE cleared_at IS NULL AND created_at >= ?1 "
        "ORDER BY created_at DESC LIMIT 1");
    recent.bind(1, rfc3339(request.createdAt.addSecs(-repeatWindowS)));
    if (recent.next()) {
        result.outcome = CallResult::Repeated;
        result.id = recent.text(0);
        return result; // the transaction rolls back: nothing was written
    }
    if (recent.failed())
        return fail(QStringLiteral("cannot read the open calls"));

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Statement insert = m_db.prepare(
        "INSERT INTO assist_requests(id, reason, created_at) VALUES (?1, ?2, ?3)");
    if (!insert.bind(1, id).bind(2, request.reason).bind(3, rfc3339(request.createdAt)).exec())
        return fail(QStringLiteral("cannot save the call for staff"));

    const QByteArray body = QJsonDocument(request.toContractJson()).toJson(QJsonDocument::Compact);
    Statement queue = m_db.prepare(
        "INSERT INTO outbox(kind, key, body, created_at) VALUES ('assist', ?1, ?2, ?3)");
    if (!queue.bind(1, id).bind(2, QString::fromUtf8(body)).bind(3, rfc3339(request.createdAt)).exec())
        return fail(QStringLiteral("cannot queue the call for the backend"));
    if (!tx.commit())
        return fail(QStringLiteral("cannot commit the call for staff"));
    result.outcome = CallResult::Created;
    result.id = id;
    return result;
}

std::optional<QList<AssistStore::OpenCall>> AssistStore::openCalls()
{
    Statement st = m_db.prepare(
        "SELECT id, reason, created_at FROM assist_requests WHERE cleared_at IS NULL "
        "ORDER BY created_at");
    QList<OpenCall> calls;
    while (st.next())
        calls.append({st.text(0), st.text(1), QDateTime::fromString(st.text(2), Qt::ISODateWithMs)});
    if (st.failed())
        return std::nullopt;
    return calls;
}

bool AssistStore::clear(const QString &id, const QDateTime &now, QString *error)
{
    Database::Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = QStringLiteral("cannot start a transaction: %1").arg(m_db.lastError());
        return false;
    }
    Statement update = m_db.prepare(
        "UPDATE assist_requests SET cleared_at = ?2 WHERE id = ?1 AND cleared_at IS NULL RETURNING id");
    update.bind(1, id).bind(2, rfc3339(now));
    const bool found = update.next();
    if (!update.exec() || update.failed()) {
        *error = QStringLiteral("cannot clear the call: %1").arg(m_db.lastError());
        return false;
    }
    if (!found) {
        *error = QStringLiteral("no open call %1").arg(id);
        return false;
    }
    if (!StaffAudit(m_db).record(QStringLiteral("assist_cleared"), QStringLiteral("call %1").arg(id), now)) {
        *error = QStringLiteral("cannot audit clearing the call: %1").arg(m_db.lastError());
        return false;
    }
    if (!tx.commit()) {
        *error = QStringLiteral("cannot commit clearing the call: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

} // namespace kiosk
