#pragma once

#include <QList>
#include <QtGlobal>

namespace kiosk {

// A Prometheus histogram's state: how many observations fell at or below each upper bound,
// their sum and their count. Buckets are cumulative when written (see MetricsWriter).
class Histogram
{
public:
    explicit Histogram(QList<double> upperBounds); // ascending; +Inf is implied
    void observe(double value);

    const QList<double> &upperBounds() const { return m_bounds; }
    quint64 countAtOrBelow(qsizetype bucket) const; // cumulative
    quint64 count() const { return m_count; }
    double sum() const { return m_sum; }

private:
    QList<double> m_bounds;
    QList<quint64> m_counts; // per bucket, not cumulative
    quint64 m_count = 0;
    double m_sum = 0;
};

} // namespace kiosk
