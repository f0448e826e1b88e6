#pragma once

#include <QList>
#include <algorithm>
#include <cmath>

namespace kiosk::bench {

// The p-th percentile (0..100) of `samples` by the nearest-rank method.
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

} // namespace kiosk::bench
