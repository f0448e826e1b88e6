#include "simkit/terminalscript.h"

#include "contract/jsonfield.h"

using namespace Qt::StringLiterals;

namespace kiosk::simkit {

std::optional<TerminalScript> parseTerminalScript(const QJsonObject &body, const QStringList &kinds, QString *error)
{
    TerminalScript script;
    if (body.contains(u"clear"_s)) {
        const std::optional<bool> clear = JsonField(body, QString(), u"clear"_s).boolean(error);
        if (!clear)
            return std::nullopt;
        script.clear = *clear;
    }
    if (body.contains(u"next"_s)) {
        const std::optional<QString> next = JsonField(body, QString(), u"next"_s).string(error);
        if (!next)
            return std::nullopt;
        if (!kinds.contains(*next)) {
            *error = u"next: expected %1, got \"%2\""_s.arg(kinds.join(u", "_s), *next);
            return std::nullopt;
        }
        std::optional<qint64> afterMs = 0;
        if (body.contains(u"after_ms"_s))
            afterMs = JsonField(body, QString(), u"after_ms"_s).integer(error, 0, MaxTerminalDelayMs);
        if (!afterMs)
            return std::nullopt;
        script.next = TerminalOutcome{*next, *afterMs};
    }
    if (body.contains(u"cancel_after_ms"_s)) {
        script.cancelAfterMs = JsonField(body, QString(), u"cancel_after_ms"_s).integer(error, 0, MaxTerminalDelayMs);
        if (!script.cancelAfterMs)
            return std::nullopt;
    }
    if (!script.clear && !script.next && !script.cancelAfterMs) {
        *error = u"body: give next (and after_ms), cancel_after_ms or clear"_s;
        return std::nullopt;
    }
    return script;
}

} // namespace kiosk::simkit
