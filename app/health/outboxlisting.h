#pragma once

#include "storage/outbox.h"

#include <QByteArray>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace kiosk {

// What the loopback listener's outbox endpoints and kioskctl show of the outbox: no request
// body and no backend response (they can carry personal data), only what a member of staff
// needs to see that an entry is stuck and why.

// GET /outbox?state=pending|failed|all (all when left out).
enum class OutboxFilter { All, Pending, Failed };
std::optional<OutboxFilter> parseOutboxFilter(const QString &text);
QString outboxFilterName(OutboxFilter filter);
// The argument Outbox::list() takes for `filter`.
std::optional<OutboxEntry::State> outboxFilterState(OutboxFilter filter);

// {"seq", "kind", "key", "order_number" (null unless an order), "state", "attempts",
//  "next_attempt_at", "last_error", "created_at"}; times RFC 3339 UTC or null.
QJsonObject outboxEntryJson(const OutboxEntry &entry);
// The body of GET /outbox: {"state": "<filter>", "entries": [...]}, most recent first.
QByteArray outboxListingJson(OutboxFilter filter, const QList<OutboxEntry> &entries);

// The kiosk's side of GET /outbox: the `limit` most recent entries passing `filter` (Outbox::
// list() does it with one indexed query); nullopt when the outbox cannot be read.
using OutboxListHandler = std::function<std::optional<QList<OutboxEntry>>(OutboxFilter filter, int limit)>;

// The kiosk's side of POST /outbox/<seq>/retry.
enum class OutboxRetryResult { Retried, NotFound, NotFailed, Error };
using OutboxRetryHandler = std::function<OutboxRetryResult(qint64 seq)>;

// Outbox::retry(), telling apart the reasons it can fail: what an OutboxRetryHandler does.
OutboxRetryResult retryOutboxEntry(Outbox &outbox, qint64 seq);

// Both handlers on the kiosk's own GUI-thread connection `db`, which must outlive the
// listener. Each request is one indexed statement (a retry three, in one transaction with its
// "http_outbox_retry" staff_audit row), a millisecond or so. `retried` runs after a successful
// retry, say to wake the sync thread.
OutboxListHandler outboxListHandler(Database &db);
OutboxRetryHandler outboxRetryHandler(Database &db, std::function<void(qint64 seq)> retried = {});

} // namespace kiosk
