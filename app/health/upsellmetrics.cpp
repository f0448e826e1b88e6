#include "health/upsellmetrics.h"

using namespace Qt::StringLiterals;

namespace kiosk {

void writeUpsellMetrics(MetricsWriter *writer, const UpsellCounts &counts)
{
    const QStringList rules = counts.ruleIds();
    writer->family("kiosk_upsell_offered_total", "counter",
                   u"Suggestions shown to customers since the kiosk started, by rule."_s);
    for (const QString &rule : rules) {
        writer->sample("kiosk_upsell_offered_total", double(counts.count(rule).offered),
                       {{"rule", rule}});
    }
    writer->family("kiosk_upsell_accepted_total", "counter",
                   u"Suggestions customers took since the kiosk started, by rule."_s);
    for (const QString &rule : rules) {
        writer->sample("kiosk_upsell_accepted_total", double(counts.count(rule).accepted),
                       {{"rule", rule}});
    }
}

} // namespace kiosk
