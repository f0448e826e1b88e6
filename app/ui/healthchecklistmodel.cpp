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

HealthCheckListModel::HealthCheckListModel(QObject *parent) : QAbstractListModel(parent) {}

void HealthCheckListModel::setChecks(const QList<HealthCheck> &checks)
{
    const bool sameRows = checks.size() == m_checks.size();
    if (sameRows) {
        // The same checks in the same order every time: update in place, so a page
        // scrolled down stays where it is.
        m_checks = checks;
        if (!m_checks.isEmpty())
            emit dataChanged(index(0), index(int(m_checks.size()) - 1));
        return;
    }
    beginResetModel();
    m_checks = checks;
    endResetModel();
    emit countChanged();
}

int HealthCheckListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

QVariant HealthCheckListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HealthCheck &check = m_checks.at(index.row());
    switch (role) {
    case KeyRole:
        return check.key();
    case StatusRole:
        return QVariant::fromValue(statusOf(check.status));
    case ValueTextRole:
        return valueText(check);
    case TimeTextRole:
        return check.time.isValid() ? check.time.toLocalTime().toString(u"HH:mm:ss") : QString();
    case OutputRole:
        return check.output;
    default:
        return {};
    }
}

QHash<int, QByteArray> HealthCheckListModel::roleNames() const
{
    return {{KeyRole, "key"}, {StatusRole, "status"}, {ValueTextRole, "valueText"},
            {TimeTextRole, "timeText"}, {OutputRole, "output"}};
}

} // namespace kiosk
