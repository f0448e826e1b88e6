#pragma once

#include "domain/upsellcounts.h"
#include "health/metricswriter.h"

namespace kiosk {

// The suggestion counters of /metrics: kiosk_upsell_offered_total{rule="..."} and
// kiosk_upsell_accepted_total{rule="..."}, one sample per rule of `counts`, sorted by rule.
// Counters since the kiosk started: a restart resets them, which Prometheus's rate() expects.
void writeUpsellMetrics(MetricsWriter *writer, const UpsellCounts &counts);

} // namespace kiosk
