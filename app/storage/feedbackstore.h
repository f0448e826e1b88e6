#pragma once

#include "contract/feedbackrequest.h"
#include "domain/feedbackstats.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kiosk {

class Database;
class Statement;

// Customers' answers after their order (the `feedback` table). save() keeps the answer and
// queues it for POST /v1/feedback in one transaction, so an answer the kiosk thanked for is
// never lost and is delivered once (its id is the idempotency key).
class FeedbackStore
{
public:
    explicit FeedbackStore(Database &db) : m_db(db) {}

    // False with `error` set when nothing was saved.
    bool save(const FeedbackRequest &feedback, QString *error);
    // The answers created at or after `since`, oldest first; nullopt on a read error.
    std::optional<QList<FeedbackAnswer>> answersSince(const QDateTime &since);
    int count();

    // The query answersSince() runs (?1: RFC 3339 UTC) and its row reader, shared with
    // kioskctl's read-only connection.
    static const char *const AnswersSinceSql;
    static FeedbackAnswer readAnswer(const Statement &row);

private:
    Database &m_db;
};

} // namespace kiosk
