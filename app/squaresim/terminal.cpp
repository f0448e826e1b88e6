#include "squaresim/terminal.h"

#include "contract/jsonfield.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kiosk::squaresim {

TerminalOutcome Terminal::takeNext(const QString &deviceId)
{
    Device &device = m_devices[deviceId];
    if (!device.queue.isEmpty())
        return device.queue.takeFirst();
    if (m_auto.isEmpty())
        return TerminalOutcome{u"no_answer"_s, 0};
    const TerminalOutcome outcome = m_auto.at(device.autoNext % m_auto.size());
    device.autoNext = (device.autoNext + 1) % m_auto.size();
    return outcome;
}

qint64 Terminal::cancelAfterMs(const QString &deviceId) const
{
    return m_devices.value(deviceId).cancelAfterMs;
}

std::optional<QJsonObject> Terminal::configure(const QString &deviceId, const QJsonObject &body, QString *error)
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!QStringList{u"clear"_s, u"next"_s, u"after_ms"_s, u"cancel_after_ms"_s}.contains(it.key())) {
            *error = u"%1: unknown setting; give next (and after_ms), cancel_after_ms or clear"_s.arg(it.key());
            return std::nullopt;
        }
    }
    std::optional<bool> clear = false;
    if (body.contains(u"clear"_s))
        clear = JsonField(body, QString(), u"clear"_s).boolean(error);
    std::optional<QString> next;
    std::optional<qint64> afterMs = 0;
    if (body.contains(u"next"_s)) {
        next = JsonField(body, QString(), u"next"_s).string(error);
        if (next && !kinds().contains(*next)) {
            *error = u"next: expected %1, got \"%2\""_s.arg(kinds().join(u", "_s), *next);
            return std::nullopt;
        }
        if (body.contains(u"after_ms"_s))
            afterMs = JsonField(body, QString(), u"after_ms"_s).integer(error, 0, simkit::MaxTerminalDelayMs);
    }
    std::optional<qint64> cancelAfter = m_devices.value(deviceId).cancelAfterMs;
    if (body.contains(u"cancel_after_ms"_s))
        cancelAfter = JsonField(body, QString(), u"cancel_after_ms"_s).integer(error, 0, simkit::MaxTerminalDelayMs);
    if (!clear || !afterMs || !cancelAfter || (body.contains(u"next"_s) && !next))
        return std::nullopt;
    Device &device = m_devices[deviceId];
    if (*clear)
        device.queue.clear();
    if (next)
        device.queue.append(TerminalOutcome{*next, *afterMs});
    device.cancelAfterMs = *cancelAfter;
    return state(deviceId);
}

QJsonObject Terminal::state(const QString &deviceId) const
{
    const Device device = m_devices.value(deviceId);
    QJsonArray queue;
    for (const TerminalOutcome &outcome : device.queue)
        queue.append(QJsonObject{{u"next"_s, outcome.kind}, {u"after_ms"_s, outcome.afterMs}});
    return QJsonObject{{u"device_id"_s, deviceId}, {u"queue"_s, queue}, {u"cancel_after_ms"_s, device.cancelAfterMs}};
}

} // namespace kiosk::squaresim
