#include "storage/retentionpurge.h"

#include "storage/database.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

QString before(const QDateTime &now, int days)
{
    // Stored timestamps are RFC 3339 UTC with milliseconds, so text order is time order.
    return now.toUTC().addDays(-days).toString(Qt::ISODateWithMs);
}

// Runs `sql` (an UPDATE or DELETE over a LIMITed subquery) with the cutoff and the batch size;
// the rows it changed, -1 on error.
int changeBatch(Database &db, const char *sql, const QString &cutoff, int rows)
{
    Statement st = db.prepare(sql);
    if (!st.bind(1, cutoff).bind(2, qint64(rows)).exec())
        return -1;
    return db.changes();
}

} // namespace

RetentionCounts &RetentionCounts::operator+=(const RetentionCounts &other)
{
    orders += other.orders;
    comments += other.comments;
    feedbackEntries += other.feedbackEntries;
    audit += other.audit;
    enrolmentEntries += other.enrolmentEntries;
    return *this;
}

QString RetentionCounts::summary() const
{
    return u"%1 delivered orders, %2 feedback comments, %3 delivered feedback entries, %4 audit rows, "
           u"%5 delivered enrolments"_s
        .arg(orders).arg(comments).arg(feedbackEntries).arg(audit).arg(enrolmentEntries);
}

RetentionPurge::RetentionPurge(Database &db, const RetentionSettings &settings, const QDateTime &now)
    : m_db(db),
      m_ordersBefore(before(now, settings.ordersDays)),
      m_cardOrdersBefore(before(now, std::max(settings.cardOrdersDays, RetentionSettings::MinCardOrdersDays))),
      m_commentsBefore(before(now, settings.feedbackCommentsDays)),
      m_auditBefore(before(now, settings.auditDays))
{
}

std::optional<RetentionCounts> RetentionPurge::nextBatch(int rows)
{
    Database::Transaction tx(m_db);
    if (!tx.isActive()) {
        m_error = m_db.lastError();
        return std::nullopt;
    }
    RetentionCounts counts;
    int n = purgeOrders(rows);
    int *target = &counts.orders;
    if (n == 0) {
        n = purgeComments(rows);
        target = &counts.comments;
    }
    if (n == 0) {
        n = purgeFeedbackEntries(rows);
        target = &counts.feedbackEntries;
    }
    if (n == 0) {
        n = purgeAudit(rows);
        target = &counts.audit;
    }
    if (n == 0) {
        n = purgeEnrolmentEntries(rows);
        target = &counts.enrolmentEntries;
    }
    if (n < 0 || !tx.commit()) {
        m_error = m_db.lastError();
        return std::nullopt;
    }
    *target = n;
    return counts;
}

// Each pick is a range of an index (schema 5), so a pass over a database with nothing old
// holds the write lock for microseconds, not for a scan of every delivered entry.
int RetentionPurge::purgeOrders(int rows)
{
    // Delivered only: a pending or failed entry is the kitchen's or staff's business, at any age.
    Statement pick = m_db.prepare(
        "SELECT o.seq, o.key FROM outbox o LEFT JOIN orders r ON r.id = o.key "
        "WHERE o.kind = 'order' AND o.state = 'delivered' AND o.created_at < ?1 "
        "AND (r.payment IS NOT 'card' OR o.created_at < ?2) "
        // A card order still held, or whose release or cancel is still on its way, stays.
        "AND r.payment_state IS NOT 'awaiting_payment' "
        "AND NOT EXISTS (SELECT 1 FROM outbox h WHERE h.key IN (o.key || '/release', o.key || '/cancel') "
        "                AND h.state != 'delivered') "
        "ORDER BY o.created_at LIMIT ?3");
    pick.bind(1, m_ordersBefore).bind(2, m_cardOrdersBefore).bind(3, qint64(rows));
    QList<std::pair<qint64, QString>> picked;
    while (pick.next())
        picked.append({pick.int64(0), pick.text(1)});
    if (pick.failed())
        return -1;
    for (const auto &[seq, key] : std::as_const(picked)) {
        Statement order = m_db.prepare("DELETE FROM orders WHERE id = ?1"); // lines: ON DELETE CASCADE
        Statement entry = m_db.prepare("DELETE FROM outbox WHERE seq = ?1");
        Statement heldEntries = m_db.prepare("DELETE FROM outbox WHERE key IN (?1 || '/release', ?1 || '/cancel')");
        // What the backend adjusted on the order and the points its rewards cost go with it.
        Statement adjustments = m_db.prepare("DELETE FROM order_adjustments WHERE order_id = ?1");
        Statement redemption = m_db.prepare("DELETE FROM loyalty_redemptions WHERE order_id = ?1");
        if (!order.bind(1, key).exec() || !entry.bind(1, seq).exec() || !heldEntries.bind(1, key).exec()
            || !adjustments.bind(1, key).exec()
            || !redemption.bind(1, key).exec())
            return -1;
    }
    return int(picked.size());
}

int RetentionPurge::purgeComments(int rows)
{
    // The ratings stay (the diagnostics' satisfaction figures count them; they say nothing about
    // who gave them); the free text, which can, goes once its entry has been delivered.
    return changeBatch(m_db,
                       "UPDATE feedback SET comment = NULL WHERE id IN ("
                       "SELECT f.id FROM feedback f WHERE f.comment IS NOT NULL AND f.created_at < ?1 "
                       "AND NOT EXISTS (SELECT 1 FROM outbox WHERE outbox.key = f.id AND outbox.state != 'delivered') "
                       "ORDER BY f.created_at LIMIT ?2)",
                       m_commentsBefore, rows);
}

int RetentionPurge::purgeFeedbackEntries(int rows)
{
    return changeBatch(m_db,
                       "DELETE FROM outbox WHERE seq IN (SELECT seq FROM outbox WHERE kind = 'feedback' "
                       "AND state = 'delivered' AND created_at < ?1 ORDER BY created_at LIMIT ?2)",
                       m_commentsBefore, rows);
}

int RetentionPurge::purgeAudit(int rows)
{
    return changeBatch(m_db,
                       "DELETE FROM staff_audit WHERE id IN (SELECT id FROM staff_audit WHERE at < ?1 "
                       "ORDER BY at LIMIT ?2)",
                       m_auditBefore, rows);
}

int RetentionPurge::purgeEnrolmentEntries(int rows)
{
    // A kiosk enrolment's entry keeps the customer's phone (and the backend's answer, their
    // member) only for its delivery and the diagnostics after it: as long as a delivered order.
    // Pending and failed ones stay, as every undelivered entry does.
    return changeBatch(m_db,
                       "DELETE FROM outbox WHERE seq IN (SELECT seq FROM outbox WHERE kind = 'loyalty_enrolment' "
                       "AND state = 'delivered' AND created_at < ?1 ORDER BY created_at LIMIT ?2)",
                       m_ordersBefore, rows);
}

} // namespace kiosk
