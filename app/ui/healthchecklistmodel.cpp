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

HealthCheckListModel::HealthCheckListModel(QObject *parent)
    : RowListModel(parent),
      m_checks(this, &HealthCheck::key,
               {{KeyRole, "key", &HealthCheck::key},
                {StatusRole, "status", [](const HealthCheck &check) { return healthStatusName(check.status); }},
                {ValueTextRole, "valueText", valueText},
                {TimeTextRole, "timeText", timeText},
                {OutputRole, "output", &HealthCheck::output}})
{
}

} // namespace kiosk
