#pragma once

// Health inputs for the evaluator and the metrics tests: a quiet, healthy kiosk at a fixed time,
// and one observation changed at a time.
#include "health/healthevaluator.h"

#include <QDateTime>

namespace kiosk::test {

inline const QDateTime Now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
inline constexpr qint64 MiB = 1024 * 1024;

// Inputs where every check passes: a probe sample of a quiet, healthy kiosk.
inline HealthInputs healthy()
{
    HealthInputs in;
    in.startedAt = Now.addSecs(-60);
    in.backend = HealthInputs::BackendProbe{true, 40, {}, Now};
    in.lastSyncSuccess = Now.addSecs(-10);
    in.probe.at = Now;
    in.probe.outboxRead = true;
    in.probe.pendingByKind = {{QStringLiteral("order"), 0}};
    in.probe.integrity = ProbeSample::Integrity::Ok;
    in.probe.integrityAt = Now;
    in.probe.diskFreeBytes = 10000 * MiB;
    in.probe.rssBytes = 120 * MiB;
    in.probe.clock = ClockSync{true, true, {}};
    in.eventLoopLatencyMs = 3;
    in.config = HealthInputs::ConfigState{QStringLiteral("menu 2024-05-01"), {}, Now};
    return in;
}

// Sets the one observation that `check` grades to `value`.
inline void observe(HealthInputs *in, const QString &check, qint64 value)
{
    if (check == QStringLiteral("outbox:depth")) {
        in->probe.pending = int(value);
        in->probe.pendingByKind[QStringLiteral("order")] = int(value);
        in->probe.oldestPendingCreatedAt = Now.addSecs(-1);
    } else if (check == QStringLiteral("outbox:oldestAge")) {
        in->probe.pending = 1;
        in->probe.oldestPendingCreatedAt = Now.addSecs(-value);
    } else if (check == QStringLiteral("disk:free")) {
        in->probe.diskFreeBytes = value * MiB;
    } else if (check == QStringLiteral("eventloop:latency")) {
        in->eventLoopLatencyMs = value;
    } else if (check == QStringLiteral("memory:rss")) {
        in->probe.rssBytes = value * MiB;
    } else if (check == QStringLiteral("backend:responseTime")) {
        in->backend->latencyMs = value;
    } else if (check == QStringLiteral("sync:lastSuccess")) {
        in->lastSyncSuccess = Now.addSecs(-value);
    } else {
        qFatal("no such check %s", qPrintable(check));
    }
}

} // namespace kiosk::test
