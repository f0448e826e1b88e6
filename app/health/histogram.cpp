#include "health/histogram.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

Histogram::Histogram(QList<double> upperBounds) : m_bounds(std::move(upperBounds))
{
    std::sort(m_bounds.begin(), m_bounds.end());
    m_counts.fill(0, m_bounds.size());
}

void Histogram::observe(double value)
{
    if (std::isnan(value))
        return;
    const auto bucket = std::lower_bound(m_bounds.cbegin(), m_bounds.cend(), value);
    if (bucket != m_bounds.cend())
        ++m_counts[bucket - m_bounds.cbegin()];
    ++m_count;
    m_sum += value;
}

quint64 Histogram::countAtOrBelow(qsizetype bucket) const
{
    quint64 total = 0;
    for (qsizetype i = 0; i <= bucket && i < m_counts.size(); ++i)
        total += m_counts.at(i);
    return total;
}

} // namespace kiosk
