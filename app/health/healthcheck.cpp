#include "health/healthcheck.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kiosk {

QString healthStatusName(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Pass:
        return u"pass"_s;
    case HealthStatus::Warn:
        return u"warn"_s;
    case HealthStatus::Fail:
        return u"fail"_s;
    }
    return u"fail"_s;
}

QString durationText(qint64 seconds)
{
    if (seconds < 120)
        return u"%1 s"_s.arg(seconds);
    if (seconds < 7200)
        return u"%1 min"_s.arg(seconds / 60);
    return u"%1 h"_s.arg(seconds / 3600);
}

QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject HealthCheck::toJson() const
{
    QJsonObject o{
        {u"componentType"_s, componentType},
        {u"observedValue"_s, observedValue.isValid() ? QJsonValue::fromVariant(observedValue) : QJsonValue()},
        {u"status"_s, healthStatusName(status)},
        {u"time"_s, rfc3339(time)},
    };
    if (!unit.isEmpty())
        o.insert(u"observedUnit"_s, unit);
    if (status != HealthStatus::Pass && !output.isEmpty())
        o.insert(u"output"_s, output);
    return o;
}

const HealthCheck *HealthReport::find(const QString &key) const
{
    for (const HealthCheck &check : checks) {
        if (check.key() == key)
            return &check;
    }
    return nullptr;
}

QByteArray HealthReport::toJson(const QString &releaseId, const QString &serviceId) const
{
    QJsonObject checksObject;
    QStringList notPassing;
    for (const HealthCheck &check : checks) {
        QJsonArray entries = checksObject.value(check.key()).toArray();
        entries.append(check.toJson());
        checksObject.insert(check.key(), entries);
        if (check.status != HealthStatus::Pass)
            notPassing.append(check.key() + u' ' + healthStatusName(check.status));
    }
    QJsonObject root{
        {u"status"_s, healthStatusName(status)},
        {u"version"_s, u"1"_s},
        {u"releaseId"_s, releaseId},
        {u"serviceId"_s, serviceId},
        {u"description"_s, u"kiosk health"_s},
        {u"checks"_s, checksObject},
    };
    if (!notPassing.isEmpty())
        root.insert(u"output"_s, notPassing.join(u", "_s));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

HealthStatus worstOf(const QList<HealthCheck> &checks)
{
    HealthStatus worst = HealthStatus::Pass;
    for (const HealthCheck &check : checks)
        worst = std::max(worst, check.status);
    return worst;
}

} // namespace kiosk
