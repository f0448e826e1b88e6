#pragma once

#include "health/healthcheck.h"
#include "health/healthinputs.h"
#include "health/histogram.h"

#include <QByteArray>

namespace kiosk {

// The kiosk's /metrics page (Prometheus text format 0.0.4) from the last evaluated report
// and the inputs it came from. Only counts, durations and states: no order content, no
// customer data, no error texts.
QByteArray renderMetrics(const HealthReport &report, const HealthInputs &inputs,
                         const Histogram &syncDurations, const QString &version);

// The buckets of kiosk_sync_request_duration_seconds: loopback-fast to the sync's timeouts.
QList<double> syncDurationBuckets();

} // namespace kiosk
