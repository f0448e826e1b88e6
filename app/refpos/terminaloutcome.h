#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace kiosk::refpos {

// What the simulated card terminal does with the next payment it shows, and after how long
// (counted from the payment's arrival at refpos).
struct TerminalOutcome
{
    QString kind; // "approve" | "decline" | "buyer_cancel" | "no_answer"
    qint64 afterMs = 0;

    static bool isKind(const QString &kind);
};

// The longest after_ms / cancel_after_ms accepted: more than the 300 s deadline is no_answer.
inline constexpr qint64 MaxTerminalDelayMs = 600'000;

// --terminal-auto: "approve:2000" or a comma list cycled ("approve:300,decline:300"); a
// missing ":ms" is 0. nullopt with `error` set when a part is not kind[:ms].
std::optional<QList<TerminalOutcome>> parseTerminalOutcomes(const QString &text, QString *error);

} // namespace kiosk::refpos
