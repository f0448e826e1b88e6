#include "squaresim/terminal.h"

#include "simkit/terminalscript.h"

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
    const std::optional<simkit::TerminalScript> script = simkit::parseTerminalScript(body, kinds(), error);
    if (!script)
        return std::nullopt;
    Device &device = m_devices[deviceId];
    if (script->clear)
        device.queue.clear();
    if (script->next)
        device.queue.append(*script->next);
    if (script->cancelAfterMs)
        device.cancelAfterMs = *script->cancelAfterMs;
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
