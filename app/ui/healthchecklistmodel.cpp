#include "ui/healthchecklistmodel.h"

namespace kiosk {

namespace {

QString valueText(const HealthCheck &check)
{
    if (!check.observedValue.isValid() || check.observedValue.isNull())
        return {};
    const QString value = check.observedValue.typeId() == QMetaType::Double
        ? QString::number(check.observedValue.toDouble(), 'f', 1)
        : check.observedValue.toString();
    return check.unit.isEmpty() ? value : value + u' ' + check.unit;
}

QString timeText(const HealthCheck &check)
{
    return check.time.isValid() ? check.time.toLocalTime().toString(u"HH:mm:ss") : QString();
}

} // namespace

HealthCheckListModel::Status HealthCheckListModel::statusOf(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Pass: return Status::Pass;
    case HealthStatus::Warn: return Status::Warn;
    case HealthStatus::Fail: return Status::Fail;
    }
    return Status::Unknown;
}

HealthCheckListModel::HealthCheckListModel(QObject *parent)
    : RowListModel(parent),
      m_checks(this, &HealthCheck::key,
               {{KeyRole, "key", &HealthCheck::key},
                {StatusRole, "status", [](const HealthCheck &check) { return QVariant::fromValue(statusOf(check.status)); }},
                {ValueTextRole, "valueText", valueText},
                {TimeTextRole, "timeText", timeText},
                {OutputRole, "output", &HealthCheck::output}})
{
}

} // namespace kiosk
