#pragma once

#include "health/healthcheck.h"
#include "ui/rowlist.h"

namespace kiosk {

// Every health check of the last report, for the diagnostics Health page: status, observed
// value with its unit, and when it was observed.
class HealthCheckListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DiagnosticsController")

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // "outbox:depth"
        StatusRole,                 // a Status
        ValueTextRole,              // "3 entries", "12 ms"; empty when nothing was observed
        TimeTextRole,               // local "HH:mm:ss"
        OutputRole,                 // why it is not passing
    };
    Q_ENUM(Role)
    // A check's status as the pages compare it (HealthCheckListModel.Pass, ...); Unknown
    // before the first report.
    enum class Status { Unknown, Pass, Warn, Fail };
    Q_ENUM(Status)

    static Status statusOf(HealthStatus status);

    explicit HealthCheckListModel(QObject *parent = nullptr);

    // The same checks come in the same order every time: they update in place.
    void setChecks(const QList<HealthCheck> &checks) { m_checks.replace(checks); }

private:
    RowList<HealthCheck> m_checks;
};

} // namespace kiosk
