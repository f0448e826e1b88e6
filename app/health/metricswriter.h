#pragma once

#include "health/histogram.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace kiosk {

// Writes the Prometheus text exposition format 0.0.4: per metric family one "# HELP" and one
// "# TYPE" line, then its samples "name{label="value",...} value". Label values are escaped
// (\\, \", \n); values are shortest round-trip decimals, "+Inf", "-Inf" or "NaN".
class MetricsWriter
{
public:
    using Labels = QList<QPair<QByteArray, QString>>;

    static constexpr const char *ContentType = "text/plain; version=0.0.4; charset=utf-8";

    // Starts a family; `type` is "counter", "gauge", "histogram", "summary" or "untyped".
    void family(const char *name, const char *type, const QString &help);
    void sample(const char *name, double value, const Labels &labels = {});
    // A whole histogram family: cumulative _bucket lines up to le="+Inf", then _sum, _count.
    void histogram(const char *name, const QString &help, const Histogram &histogram);

    QByteArray text() const { return m_text; }

    static QByteArray formatValue(double value);
    static QByteArray escapeLabelValue(const QString &value);
    static QByteArray escapeHelp(const QString &help);

private:
    QByteArray m_text;
};

} // namespace kiosk
