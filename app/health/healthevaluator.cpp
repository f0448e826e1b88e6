#include "health/healthevaluator.h"

#include "health/clockcheck.h"
#include "health/printercheck.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

constexpr qint64 MiB = 1024 * 1024;

// Larger is worse: at or above `fail` fails, at or above `warn` warns.
HealthStatus atOrAbove(qint64 value, qint64 warn, qint64 fail)
{
    if (value >= fail)
        return HealthStatus::Fail;
    return value >= warn ? HealthStatus::Warn : HealthStatus::Pass;
}

// Smaller is worse (free space): at or below `fail` fails, at or below `warn` warns.
HealthStatus atOrBelow(qint64 value, qint64 warn, qint64 fail)
{
    if (value <= fail)
        return HealthStatus::Fail;
    return value <= warn ? HealthStatus::Warn : HealthStatus::Pass;
}

HealthCheck check(const char *component, const char *measurement, const char *type)
{
    HealthCheck c;
    c.component = QString::fromLatin1(component);
    c.measurement = QString::fromLatin1(measurement);
    c.componentType = QString::fromLatin1(type);
    return c;
}

// Error texts from elsewhere stay short and on one line in the report.
QString brief(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > 120)
        line = line.left(117) + u"..."_s;
    return line;
}

HealthCheck backend(const HealthInputs &in, const HealthSettings &s, const QDateTime &now)
{
    HealthCheck c = check("backend", "responseTime", "component");
    c.unit = u"ms"_s;
    if (!in.backend) {
        c.time = now;
        c.output = u"not probed yet"_s;
        return c;
    }
    const auto &probe = *in.backend;
    c.time = probe.at;
    c.observedValue = probe.latencyMs;
    if (!probe.ok) {
        // The kiosk keeps taking orders offline; the outbox checks say when that gets serious.
        c.status = HealthStatus::Warn;
        c.output = u"backend unreachable, selling offline: %1"_s.arg(brief(probe.error));
    } else if (probe.latencyMs >= s.backendLatencyWarnMs) {
        c.status = HealthStatus::Warn;
        c.output = u"backend slow: %1 ms (warn at %2 ms)"_s.arg(probe.latencyMs).arg(s.backendLatencyWarnMs);
    } else {
        c.output = u"backend answered in %1 ms"_s.arg(probe.latencyMs);
    }
    return c;
}

HealthCheck lastSync(const HealthInputs &in, const HealthSettings &s, const QDateTime &now)
{
    HealthCheck c = check("sync", "lastSuccess", "component");
    c.unit = u"s"_s;
    c.time = now;
    if (!in.lastSyncSuccess.isValid()) {
        const qint64 up = in.startedAt.isValid() ? in.startedAt.secsTo(now) : 0;
        c.status = up >= s.syncStaleWarnS ? HealthStatus::Warn : HealthStatus::Pass;
        c.output = u"no successful sync in the %1 since start"_s.arg(durationText(up));
        return c;
    }
    const qint64 age = std::max<qint64>(0, in.lastSyncSuccess.secsTo(now));
    c.observedValue = age;
    c.status = age >= s.syncStaleWarnS ? HealthStatus::Warn : HealthStatus::Pass;
    c.output = u"last successful sync %1 ago, at %2"_s.arg(durationText(age), rfc3339(in.lastSyncSuccess));
    return c;
}

HealthCheck outboxDepth(const ProbeSample &p, const HealthSettings &s, const QDateTime &now)
{
    HealthCheck c = check("outbox", "depth", "datastore");
    c.unit = u"entries"_s;
    c.time = p.at.isValid() ? p.at : now;
    if (!p.at.isValid()) {
        c.output = u"not read yet"_s;
    } else if (!p.outboxRead) {
        // sqlite:integrity fails when the file is damaged; this says the queue is unknown.
        c.status = HealthStatus::Warn;
        c.output = u"cannot read the outbox: %1"_s.arg(brief(p.outboxError));
    } else {
        c.observedValue = p.pending;
        c.status = atOrAbove(p.pending, s.outboxDepthWarn, s.outboxDepthFail);
        c.output = u"%1 entries waiting for the backend (warn at %2, fail at %3)"_s
                       .arg(p.pending).arg(s.outboxDepthWarn).arg(s.outboxDepthFail);
    }
    return c;
}

HealthCheck outboxAge(const ProbeSample &p, const HealthSettings &s, const QDateTime &now)
{
    HealthCheck c = check("outbox", "oldestAge", "datastore");
    c.unit = u"s"_s;
    c.time = now; // the age keeps growing between samples
    if (!p.at.isValid()) {
        c.output = u"not read yet"_s;
    } else if (!p.outboxRead) {
        c.status = HealthStatus::Warn;
        c.output = u"cannot read the outbox: %1"_s.arg(brief(p.outboxError));
    } else {
        const qint64 age = p.oldestPendingCreatedAt.isValid()
                               ? std::max<qint64>(0, p.oldestPendingCreatedAt.secsTo(now)) : 0;
        c.observedValue = age;
        c.status = atOrAbove(age, s.outboxOldestWarnS, s.outboxOldestFailS);
        c.output = age == 0 ? u"nothing pending"_s
                            : u"oldest pending entry waits for %1"_s.arg(durationText(age));
    }
    return c;
}

HealthCheck integrity(const ProbeSample &p, const QString &recovery, const QDateTime &now)
{
    HealthCheck c = check("sqlite", "integrity", "datastore");
    c.time = p.integrityAt.isValid() ? p.integrityAt : now;
    switch (p.integrity) {
    case ProbeSample::Integrity::Unknown:
        c.output = u"not checked yet"_s;
        break;
    case ProbeSample::Integrity::Ok:
        c.observedValue = u"ok"_s;
        c.output = u"quick_check ok"_s;
        break;
    case ProbeSample::Integrity::Failed:
        c.status = HealthStatus::Fail;
        c.observedValue = u"failed"_s;
        c.output = brief(p.integrityDetail);
        break;
    }
    // The file in use is sound, but orders may be missing: staff should know until a restart.
    if (!recovery.isEmpty() && c.status == HealthStatus::Pass) {
        c.status = HealthStatus::Warn;
        c.output = recovery;
    }
    return c;
}

HealthCheck disk(const ProbeSample &p, const HealthSettings &s, const QDateTime &now)
{
    HealthCheck c = check("disk", "free", "system");
    c.unit = u"MiB"_s;
    c.time = p.at.isValid() ? p.at : now;
    if (!p.at.isValid()) {
        c.output = u"not read yet"_s;
    } else if (p.diskFreeBytes < 0) {
        c.status = HealthStatus::Warn;
        c.output = u"cannot read the free space of the data directory"_s;
    } else {
        const qint64 mib = p.diskFreeBytes / MiB;
        c.observedValue = mib;
        c.status = atOrBelow(mib, s.diskFreeWarnMb, s.diskFreeFailMb);
        c.output = u"%1 MiB free for the data directory (warn at %2, fail at %3)"_s
                       .arg(mib).arg(s.diskFreeWarnMb).arg(s.diskFreeFailMb);
    }
    return c;
}

HealthCheck eventLoop(const HealthInputs &in, const HealthSettings &s, const QDateTime &now)
{
    HealthCheck c = check("eventloop", "latency", "system");
    c.unit = u"ms"_s;
    c.time = now;
    c.observedValue = in.eventLoopLatencyMs;
    c.status = atOrAbove(in.eventLoopLatencyMs, s.eventLoopWarnMs, s.eventLoopFailMs);
    c.output = u"the screen's event loop was up to %1 ms late in the last %2 s"_s
                   .arg(in.eventLoopLatencyMs).arg(s.eventLoopWindowMs / 1000);
    return c;
}

HealthCheck memory(const ProbeSample &p, const HealthSettings &s, const QDateTime &now)
{
    HealthCheck c = check("memory", "rss", "system");
    c.unit = u"MiB"_s;
    c.time = p.at.isValid() ? p.at : now;
    if (p.rssBytes < 0) {
        c.output = u"not read yet"_s;
        return c;
    }
    const qint64 mib = p.rssBytes / MiB;
    c.observedValue = mib;
    c.status = atOrAbove(mib, s.rssWarnMb, s.rssFailMb);
    c.output = u"%1 MiB resident (warn at %2, fail at %3)"_s.arg(mib).arg(s.rssWarnMb).arg(s.rssFailMb);
    return c;
}

HealthCheck config(const HealthInputs &in, const QDateTime &now)
{
    HealthCheck c = check("config", "state", "component");
    c.time = now;
    if (!in.config) {
        c.output = u"not reported"_s;
        return c;
    }
    const auto &state = *in.config;
    c.time = state.at;
    if (!state.goodVersion.isEmpty())
        c.observedValue = state.goodVersion;
    if (state.rejection.isEmpty()) {
        c.output = u"config %1 in force"_s.arg(state.goodVersion);
    } else {
        // The kiosk keeps running on the last good config; a manager has something to fix,
        // from the validator's exact messages (one a line, as `kiosk --check-config` prints
        // them), so they are not shortened like the other checks' outputs.
        c.status = HealthStatus::Warn;
        c.output = u"new config rejected, still on %1: %2"_s.arg(state.goodVersion, state.rejection);
    }
    return c;
}

// Present only when certificate checks are off, which kiosk.json allows only with
// backend.lab_allow_insecure_tls: a lab kiosk says so on every /healthz, so it cannot slip
// into a store unnoticed. Absent otherwise, so a store's checks are as they always were.
HealthCheck insecureTls(const QDateTime &now)
{
    HealthCheck c = check("backend", "tlsVerify", "component");
    c.time = now;
    c.status = HealthStatus::Warn;
    c.observedValue = false;
    c.output = u"TLS certificate checks are off (sync.tls_verify: false, backend.lab_allow_insecure_tls): "
               u"lab use only"_s;
    return c;
}

// Staff can neither see nor fix anything on screen without a PIN; repeated lockouts suggest
// someone guessing it.
HealthCheck staffPin(const HealthInputs &in, const QDateTime &now)
{
    HealthCheck c = check("staff", "pin", "component");
    c.time = now;
    if (!in.staffPin) {
        c.output = u"not reported"_s;
        return c;
    }
    c.observedValue = in.staffPin->lockoutsInLastDay;
    c.unit = u"lockouts in 24 h"_s; // a bare 0 would read as "no PIN"
    if (!in.staffPin->set) {
        c.status = HealthStatus::Warn;
        c.output = u"no staff PIN is set: diagnostics stay locked; set one with kioskctl pin-set"_s;
    } else if (in.staffPin->lockoutsInLastDay >= 2) {
        c.status = HealthStatus::Warn;
        c.output = u"%1 PIN lockouts in the last 24 h: someone may be guessing the staff PIN"_s
                       .arg(in.staffPin->lockoutsInLastDay);
    } else {
        c.output = u"staff PIN set; PIN lockouts in the last 24 h: %1"_s.arg(in.staffPin->lockoutsInLastDay);
    }
    return c;
}

// A payments check, "not read yet" until the probe has read the payment tables.
HealthCheck paymentsCheck(const char *measurement, const QString &unit, const PaymentSample &p, const QDateTime &now)
{
    HealthCheck c = check("payments", measurement, "component");
    c.unit = unit;
    c.time = now;
    if (!p.read)
        c.output = u"not read yet"_s;
    return c;
}

// An attempt still open past its time at the terminal: the kiosk's own timed-out cancel has not
// settled it (the backend or the terminal is not answering). The customer may have been charged
// or not; staff should look ("check now" in diagnostics) before the customer leaves.
HealthCheck paymentsUnsettled(const PaymentSample &p, int timeoutS, const QDateTime &now)
{
    HealthCheck c = paymentsCheck("unsettled", u"s"_s, p, now);
    if (!p.read)
        return c;
    const qint64 age = p.oldestOpenCreatedAt.isValid() ? std::max<qint64>(0, p.oldestOpenCreatedAt.secsTo(now)) : 0;
    c.observedValue = age;
    if (p.open > 0 && age >= timeoutS) {
        c.status = HealthStatus::Warn;
        c.output = u"%1 card payment(s) unsettled, the oldest for %2 (payment.timeout_s %3 s): "
                   u"check it in diagnostics, Payments"_s.arg(p.open).arg(durationText(age)).arg(timeoutS);
    } else {
        c.output = u"%1 card payment(s) open"_s.arg(p.open);
    }
    return c;
}

// A customer paid for an order the backend did not take: the money must go back at the point of
// sale, and nothing else will make that happen.
HealthCheck paymentsNotTaken(const PaymentSample &p, const QDateTime &now)
{
    HealthCheck c = paymentsCheck("notTaken", u"orders"_s, p, now);
    if (!p.read)
        return c;
    c.observedValue = p.notTaken;
    if (p.notTaken > 0) {
        c.status = HealthStatus::Fail;
        c.output = u"%1 paid order(s) the backend did not take: refund at the point of sale "
                   u"(diagnostics, Payments; kioskctl payments)"_s.arg(p.notTaken);
    } else {
        c.output = u"no paid order waits for a refund"_s;
    }
    return c;
}

} // namespace

HealthReport evaluateHealth(const HealthInputs &inputs, const HealthSettings &settings, const QDateTime &now)
{
    HealthReport report;
    report.time = now;
    report.checks = {
        backend(inputs, settings, now),
        lastSync(inputs, settings, now),
        outboxDepth(inputs.probe, settings, now),
        outboxAge(inputs.probe, settings, now),
        integrity(inputs.probe, inputs.storageRecovery, now),
        disk(inputs.probe, settings, now),
        eventLoop(inputs, settings, now),
        memory(inputs.probe, settings, now),
        config(inputs, now),
        staffPin(inputs, now),
        clockCheck(inputs.probe.clock, inputs.probe.at, now),
    };
    if (!settings.tlsVerify)
        report.checks.append(insecureTls(now));
    // Only where card payment is on: a counter-only store's checks stay as they always were.
    if (inputs.paymentTimeoutS) {
        report.checks.append(paymentsUnsettled(inputs.probe.payments, *inputs.paymentTimeoutS, now));
        report.checks.append(paymentsNotTaken(inputs.probe.payments, now));
    }
    // Only with a printer configured: a kiosk without one prints nothing, and nothing is wrong.
    if (inputs.printer)
        report.checks.append(printerCheck(*inputs.printer, now));
    report.status = worstOf(report.checks);
    return report;
}

} // namespace kiosk
