#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace kiosk {

// Ordered from good to bad, so the worst of several is the largest.
enum class HealthStatus { Pass = 0, Warn = 1, Fail = 2 };

QString healthStatusName(HealthStatus status); // "pass", "warn", "fail"

// One measurement of one component, shaped like an entry of "checks" in the IETF health check
// response format (draft-inadarei-api-health-check, application/health+json).
struct HealthCheck
{
    QString component;      // "outbox"
    QString measurement;    // "depth"
    QString componentType;  // "component", "datastore" or "system"
    HealthStatus status = HealthStatus::Pass;
    QVariant observedValue; // a number or a short string; null when nothing was observed yet
    QString unit;           // "entries", "s", "ms", "MiB"; empty for text values
    QDateTime time;         // when the value was observed
    QString output;         // short human text

    QString key() const { return component + u':' + measurement; } // "outbox:depth"
    // The draft's object; "output" only for warn and fail, as the draft asks.
    QJsonObject toJson() const;
};

// Every check at one moment, and the overall status: the worst check's.
struct HealthReport
{
    HealthStatus status = HealthStatus::Pass;
    QList<HealthCheck> checks;
    QDateTime time;

    const HealthCheck *find(const QString &key) const;
    // The application/health+json document; `releaseId` is the kiosk's version.
    QByteArray toJson(const QString &releaseId, const QString &serviceId) const;
};

HealthStatus worstOf(const QList<HealthCheck> &checks);

// RFC 3339 in UTC with milliseconds: "2024-05-01T12:00:00.000Z".
QString rfc3339(const QDateTime &time);
// A duration for people: "90 s", "12 min", "3 h" (whole units, rounded down).
QString durationText(qint64 seconds);

} // namespace kiosk
