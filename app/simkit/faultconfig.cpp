#include "simkit/faultconfig.h"

#include "contract/jsonfield.h"

#include <QHttpServerResponder>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace kiosk::simkit {

namespace {

constexpr int MaxDelayMs = 10 * 60 * 1000;

const QStringList &knownKeys()
{
    static const QStringList keys{
        u"latency_ms"_s, u"error_rate"_s, u"error_status"_s, u"rate_limit_rate"_s,
        u"retry_after_s"_s, u"hang_rate"_s, u"slow_body_rate"_s, u"slow_body_ms"_s,
        u"reset_rate"_s, u"malformed_rate"_s, u"faults_on_health"_s, u"seed"_s};
    return keys;
}

// Only statuses Qt HttpServer can write a reason phrase for.
bool isKnownErrorStatus(int status)
{
    const QMetaEnum codes = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    return status >= 400 && status <= 599 && codes.valueToKey(status) != nullptr;
}

} // namespace

QString FaultConfig::validate() const
{
    const double sum = errorRate + rateLimitRate + hangRate + slowBodyRate + resetRate + malformedRate;
    if (sum > 1.0 + 1e-9)
        return u"the fault rates add up to %1; at most 1 is possible"_s.arg(sum);
    if (!isKnownErrorStatus(errorStatus))
        return u"error_status: expected an HTTP error status (400-599), got %1"_s.arg(errorStatus);
    return QString();
}

QJsonObject FaultConfig::toJson() const
{
    return QJsonObject{
        {u"latency_ms"_s, latencyMs},
        {u"error_rate"_s, errorRate},
        {u"error_status"_s, errorStatus},
        {u"rate_limit_rate"_s, rateLimitRate},
        {u"retry_after_s"_s, retryAfterS},
        {u"hang_rate"_s, hangRate},
        {u"slow_body_rate"_s, slowBodyRate},
        {u"slow_body_ms"_s, slowBodyMs},
        {u"reset_rate"_s, resetRate},
        {u"malformed_rate"_s, malformedRate},
        {u"faults_on_health"_s, faultsOnHealth},
    };
}

std::optional<FaultConfig> FaultConfig::fromJson(const QJsonObject &json, QString *error)
{
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!knownKeys().contains(it.key())) {
            *error = u"%1: unknown fault setting"_s.arg(it.key());
            return std::nullopt;
        }
    }
    FaultConfig config;
    bool ok = true;
    const auto rate = [&](const QString &key, double *target) {
        if (ok && json.contains(key)) {
            const auto value = JsonField(json, QString(), key).number(error, 0, 1);
            ok = value.has_value();
            *target = value.value_or(0);
        }
    };
    const auto integer = [&](const QString &key, int *target, int min, int max) {
        if (ok && json.contains(key)) {
            const auto value = JsonField(json, QString(), key).integer(error, min, max);
            ok = value.has_value();
            *target = int(value.value_or(0));
        }
    };
    integer(u"latency_ms"_s, &config.latencyMs, 0, MaxDelayMs);
    rate(u"error_rate"_s, &config.errorRate);
    integer(u"error_status"_s, &config.errorStatus, 400, 599);
    rate(u"rate_limit_rate"_s, &config.rateLimitRate);
    integer(u"retry_after_s"_s, &config.retryAfterS, 0, 86400);
    rate(u"hang_rate"_s, &config.hangRate);
    rate(u"slow_body_rate"_s, &config.slowBodyRate);
    integer(u"slow_body_ms"_s, &config.slowBodyMs, 0, MaxDelayMs);
    rate(u"reset_rate"_s, &config.resetRate);
    rate(u"malformed_rate"_s, &config.malformedRate);
    if (ok && json.contains(u"faults_on_health"_s)) {
        const auto value = JsonField(json, QString(), u"faults_on_health"_s).boolean(error);
        ok = value.has_value();
        config.faultsOnHealth = value.value_or(false);
    }
    if (!ok)
        return std::nullopt;
    if (const QString problem = config.validate(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return config;
}

} // namespace kiosk::simkit
