#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiosk::simkit {

// What a simulated card terminal does with the next payment it shows, and after how long
// (counted from the payment's arrival at the simulator). Each simulator names its own kinds.
struct TerminalOutcome
{
    QString kind;
    qint64 afterMs = 0;
};

// The longest after_ms / cancel_after_ms accepted: more than the 300 s deadline is no answer.
inline constexpr qint64 MaxTerminalDelayMs = 600'000;

// --terminal-auto: "approve:2000" or a comma list cycled ("approve:300,decline:300"); a
// missing ":ms" is 0. nullopt with `error` set when a part is not kind[:ms] with a kind of
// `kinds`.
std::optional<QList<TerminalOutcome>> parseTerminalOutcomes(const QString &text, const QStringList &kinds,
                                                            QString *error);

} // namespace kiosk::simkit
