#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include "simkit/server.h"

namespace kiosk::refpos {

// What refpos saw since it started (the stored records themselves outlive it; see Store);
// the server counts requests and faults.
struct Stats : simkit::TrafficCounters
{
    qint64 created = 0;      // 201s: new orders, payments, feedback, assist calls
    qint64 replayed = 0;     // 200 replays of a known key with the same body
    qint64 conflicts = 0;    // 409s of a key used with another body
    qint64 rejected = 0;     // 422s of a body that breaks a rule
    qint64 unauthorized = 0; // 401s

    QJsonObject toJson() const;
};

} // namespace kiosk::refpos
