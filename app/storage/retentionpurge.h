#pragma once

#include "config/retentionsettings.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace kiosk {

class Database;

// What one retention pass removed.
struct RetentionCounts
{
    int orders = 0;          // delivered orders, each with its lines and its outbox entry
    int comments = 0;        // feedback comments emptied (the ratings stay)
    int feedbackEntries = 0; // delivered feedback outbox entries (their body holds the comment)
    int audit = 0;           // staff_audit rows

    int enrolmentEntries = 0; // delivered loyalty_enrolment outbox entries (their body holds a phone)
    int total() const { return orders + comments + feedbackEntries + audit + enrolmentEntries; }
    RetentionCounts &operator+=(const RetentionCounts &other);
    QString summary() const; // "3 orders, 1 comment, ..." for the log
};

// Deletes what the retention periods let go, in small transactions on the connection it is
// given. What is never deleted: pending and failed outbox entries (failed includes discarded)
// and their orders, whatever their age; a feedback comment whose entry is not yet delivered;
// orders paid by card before `cardOrdersDays` (never below 180). Orders paid by card are those
// whose `payment` column says 'card' (schema 5; issue 15 fills it): their payment records
// reference the order ON DELETE CASCADE, so they go with it and never before.
class RetentionPurge
{
public:
    RetentionPurge(Database &db, const RetentionSettings &settings, const QDateTime &now);

    // One batch of at most `rows` rows in one transaction, in this order: orders, comments,
    // feedback entries, audit, enrolment entries. Returns what it removed; an empty result means nothing is left.
    // nullopt when the database refused (busy, full): the pass stops and tries again later.
    std::optional<RetentionCounts> nextBatch(int rows);
    QString lastError() const { return m_error; }

private:
    int purgeOrders(int rows);
    int purgeComments(int rows);
    int purgeFeedbackEntries(int rows);
    int purgeAudit(int rows);
    int purgeEnrolmentEntries(int rows);

    Database &m_db;
    QString m_ordersBefore, m_cardOrdersBefore, m_commentsBefore, m_auditBefore;
    QString m_error;
};

} // namespace kiosk
