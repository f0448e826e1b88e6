#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace kiosk::refpos {

// What refpos saw since it started (the stored records themselves outlive it; see Store).
struct Stats
{
    qint64 requests = 0;
    qint64 created = 0;      // 201s: new orders, payments, feedback, assist calls
    qint64 replayed = 0;     // 200 replays of a known key with the same body
    qint64 conflicts = 0;    // 409s of a key used with another body
    qint64 rejected = 0;     // 422s of a body that breaks a rule
    qint64 unauthorized = 0; // 401s
    QMap<QString, qint64> faults; // by kind, "latency" included

    QJsonObject toJson() const;
};

} // namespace kiosk::refpos
