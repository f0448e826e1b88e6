#pragma once

#include "simkit/terminaloutcome.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace kiosk::squaresim {

using simkit::TerminalOutcome;

// The simulated Square Terminals, by device id, in memory: a queue of outcomes a test lines up
// (PUT /sim/terminals/<device id>), how long a device takes to act on a cancel, and
// --terminal-auto's cycle for an empty queue (no_answer without it). A Square checkout has no
// "declined": the buyer tries another card on the device, so the outcomes are these.
class Terminal
{
public:
    static QStringList kinds() { return {QStringLiteral("approve"), QStringLiteral("buyer_cancel"), QStringLiteral("no_answer")}; }
    // A device acts on a cancel this long after it was asked, unless configured otherwise.
    static constexpr qint64 DefaultCancelAfterMs = 200;

    explicit Terminal(QList<TerminalOutcome> autoOutcomes) : m_auto(std::move(autoOutcomes)) {}

    // The outcome of the checkout about to be shown on `deviceId`.
    TerminalOutcome takeNext(const QString &deviceId);
    qint64 cancelAfterMs(const QString &deviceId) const;

    // {"clear": true} empties the queue, {"next", "after_ms"} appends, {"cancel_after_ms"} sets;
    // nullopt with `error` for a bad body, else the device as state() gives it.
    std::optional<QJsonObject> configure(const QString &deviceId, const QJsonObject &body, QString *error);
    // {"device_id", "queue": [{"next", "after_ms"}], "cancel_after_ms"}
    QJsonObject state(const QString &deviceId) const;

private:
    struct Device
    {
        QList<TerminalOutcome> queue;
        qint64 cancelAfterMs = DefaultCancelAfterMs;
        qsizetype autoNext = 0;
    };

    QList<TerminalOutcome> m_auto;
    QHash<QString, Device> m_devices;
};

} // namespace kiosk::squaresim
