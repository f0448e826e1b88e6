#include "simkit/terminaloutcome.h"

using namespace Qt::StringLiterals;

namespace kiosk::simkit {

std::optional<QList<TerminalOutcome>> parseTerminalOutcomes(const QString &text, const QStringList &kinds,
                                                            QString *error)
{
    QList<TerminalOutcome> outcomes;
    for (const QString &part : text.split(u',')) {
        const QStringList fields = part.trimmed().split(u':');
        TerminalOutcome outcome{fields.first(), 0};
        bool ok = fields.size() <= 2 && kinds.contains(outcome.kind);
        if (ok && fields.size() == 2) {
            outcome.afterMs = fields.at(1).toLongLong(&ok);
            ok = ok && outcome.afterMs >= 0 && outcome.afterMs <= MaxTerminalDelayMs;
        }
        if (!ok) {
            *error = u"--terminal-auto: expected %1[:ms] (ms up to %2), comma-separated; got \"%3\""_s
                         .arg(kinds.join(u'|')).arg(MaxTerminalDelayMs).arg(part);
            return std::nullopt;
        }
        outcomes.append(outcome);
    }
    return outcomes;
}

} // namespace kiosk::simkit
