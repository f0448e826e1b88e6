#include "health/outboxlisting.h"

#include "health/healthcheck.h"
#include "storage/database.h"
#include "storage/auditedchange.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(rfc3339(time)) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

std::optional<OutboxFilter> parseOutboxFilter(const QString &text)
{
    for (OutboxFilter filter : {OutboxFilter::All, OutboxFilter::Pending, OutboxFilter::Failed}) {
        if (text == outboxFilterName(filter))
            return filter;
    }
    return std::nullopt;
}

QString outboxFilterName(OutboxFilter filter)
{
    switch (filter) {
    case OutboxFilter::All:
        return u"all"_s;
    case OutboxFilter::Pending:
        return u"pending"_s;
    case OutboxFilter::Failed:
        return u"failed"_s;
    }
    return u"all"_s;
}

std::optional<OutboxEntry::State> outboxFilterState(OutboxFilter filter)
{
    switch (filter) {
    case OutboxFilter::All:
        return std::nullopt;
    case OutboxFilter::Pending:
        return OutboxEntry::State::Pending;
    case OutboxFilter::Failed:
        return OutboxEntry::State::Failed;
    }
    return std::nullopt;
}

QJsonObject outboxEntryJson(const OutboxEntry &entry)
{
    return {
        {u"seq"_s, entry.seq},
        {u"kind"_s, entry.kind},
        {u"key"_s, entry.key},
        {u"order_number"_s, textOrNull(entry.orderNumber)},
        {u"state"_s, Outbox::stateCode(entry.state)},
        {u"attempts"_s, entry.attempts},
        {u"next_attempt_at"_s, timeOrNull(entry.nextAttemptAt)},
        {u"last_error"_s, textOrNull(entry.lastError)},
        {u"created_at"_s, timeOrNull(entry.createdAt)},
    };
}

QByteArray outboxListingJson(OutboxFilter filter, const QList<OutboxEntry> &entries)
{
    QJsonArray list;
    for (const OutboxEntry &entry : entries)
        list.append(outboxEntryJson(entry));
    const QJsonObject root{{u"state"_s, outboxFilterName(filter)}, {u"entries"_s, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

OutboxRetryResult retryOutboxEntry(Outbox &outbox, qint64 seq)
{
    if (outbox.retry(seq))
        return OutboxRetryResult::Retried;
    const std::optional<OutboxEntry> entry = outbox.entry(seq);
    if (!entry)
        return OutboxRetryResult::NotFound;
    // Still failed: the update itself did not go through. A discarded entry stays failed
    // for the record but is never retried.
    const bool retriable = entry->state == OutboxEntry::State::Failed && !entry->discardedAt.isValid();
    return retriable ? OutboxRetryResult::Error : OutboxRetryResult::NotFailed;
}

OutboxListHandler outboxListHandler(Database &db)
{
    return [&db](OutboxFilter filter, int limit) -> std::optional<QList<OutboxEntry>> {
        // Outbox::list() does not tell an error from an empty outbox; /healthz shows the former.
        return Outbox(db).list(outboxFilterState(filter), limit);
    };
}

OutboxRetryHandler outboxRetryHandler(Database &db, std::function<void(qint64 seq)> retried)
{
    return [&db, retried = std::move(retried)](qint64 seq) {
        // The retry and its audit row commit together or not at all.
        OutboxRetryResult result = OutboxRetryResult::Error;
        const auto retry = [&db, seq, &result] {
            Outbox outbox(db);
            result = retryOutboxEntry(outbox, seq);
            return result == OutboxRetryResult::Retried;
        };
        const auto detail = [seq, &result](bool) {
            const QString refused = result == OutboxRetryResult::NotFound    ? u" refused: no such entry"_s
                                    : result == OutboxRetryResult::NotFailed ? u" refused: not a failed entry"_s
                                    : result == OutboxRetryResult::Error     ? u" failed"_s
                                                                             : QString();
            return u"seq %1%2"_s.arg(seq).arg(refused);
        };
        if (!auditedChange(db, u"http_outbox_retry"_s, retry, detail))
            return OutboxRetryResult::Error;
        if (result == OutboxRetryResult::Retried && retried)
            retried(seq);
        return result;
    };
}

} // namespace kiosk
