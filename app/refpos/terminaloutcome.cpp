#include "refpos/terminaloutcome.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

bool TerminalOutcome::isKind(const QString &kind)
{
    return kind == u"approve" || kind == u"decline" || kind == u"buyer_cancel" || kind == u"no_answer";
}

std::optional<QList<TerminalOutcome>> parseTerminalOutcomes(const QString &text, QString *error)
{
    QList<TerminalOutcome> outcomes;
    for (const QString &part : text.split(u',')) {
        const QStringList fields = part.trimmed().split(u':');
        TerminalOutcome outcome{fields.first(), 0};
        bool ok = fields.size() <= 2 && TerminalOutcome::isKind(outcome.kind);
        if (ok && fields.size() == 2) {
            outcome.afterMs = fields.at(1).toLongLong(&ok);
            ok = ok && outcome.afterMs >= 0 && outcome.afterMs <= MaxTerminalDelayMs;
        }
        if (!ok) {
            *error = u"--terminal-auto: expected approve|decline|buyer_cancel|no_answer[:ms] (ms up to %1),"
                     " comma-separated; got \"%2\""_s.arg(MaxTerminalDelayMs).arg(part);
            return std::nullopt;
        }
        outcomes.append(outcome);
    }
    return outcomes;
}

} // namespace kiosk::refpos
