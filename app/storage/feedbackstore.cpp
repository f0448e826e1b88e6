#include "storage/feedbackstore.h"

#include "storage/database.h"

#include <QJsonDocument>

namespace kiosk {

namespace {

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

void bindOptional(Statement &st, int index, const std::optional<int> &value)
{
    if (value)
        st.bind(index, qint64(*value));
    else
        st.bindNull(index);
}

} // namespace

const char *const FeedbackStore::AnswersSinceSql =
    "SELECT csat, nps, created_at FROM feedback WHERE created_at >= ?1 ORDER BY created_at";

FeedbackAnswer FeedbackStore::readAnswer(const Statement &row)
{
    FeedbackAnswer answer;
    if (!row.isNull(0))
        answer.csat = int(row.int64(0));
    if (!row.isNull(1))
        answer.nps = int(row.int64(1));
    answer.createdAt = QDateTime::fromString(row.text(2), Qt::ISODateWithMs);
    return answer;
}

bool FeedbackStore::save(const FeedbackRequest &feedback, QString *error)
{
    Database::Transaction tx(m_db);
    auto fail = [&](const QString &what) {
        *error = QStringLiteral("%1: %2").arg(what, m_db.lastError());
        return false;
    };
    if (!tx.isActive())
        return fail(QStringLiteral("cannot start a transaction"));

    const QString id = feedback.id.toString(QUuid::WithoutBraces);
    Statement insert = m_db.prepare(
        "INSERT INTO feedback(id, order_id, csat, nps, comment, language, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, id).bind(2, feedback.orderId.toString(QUuid::WithoutBraces));
    bindOptional(insert, 3, feedback.csat);
    bindOptional(insert, 4, feedback.nps);
    if (feedback.comment)
        insert.bind(5, *feedback.comment);
    else
        insert.bindNull(5);
    insert.bind(6, feedback.language).bind(7, rfc3339(feedback.createdAt));
    if (!insert.exec())
        return fail(QStringLiteral("cannot save the feedback"));

    const QByteArray body = QJsonDocument(feedback.toContractJson()).toJson(QJsonDocument::Compact);
    Statement queue = m_db.prepare(
        "INSERT INTO outbox(kind, key, body, created_at) VALUES ('feedback', ?1, ?2, ?3)");
    queue.bind(1, id).bind(2, QString::fromUtf8(body)).bind(3, rfc3339(feedback.createdAt));
    if (!queue.exec())
        return fail(QStringLiteral("cannot queue the feedback for the backend"));
    if (!tx.commit())
        return fail(QStringLiteral("cannot commit the feedback"));
    return true;
}

std::optional<QList<FeedbackAnswer>> FeedbackStore::answersSince(const QDateTime &since)
{
    Statement st = m_db.prepare(AnswersSinceSql);
    st.bind(1, rfc3339(since));
    QList<FeedbackAnswer> answers;
    while (st.next())
        answers.append(readAnswer(st));
    if (st.failed())
        return std::nullopt;
    return answers;
}

int FeedbackStore::count()
{
    Statement st = m_db.prepare("SELECT count(*) FROM feedback");
    return st.next() ? int(st.int64(0)) : -1;
}

} // namespace kiosk
