#include "support/listeningprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiosk::test {

std::optional<quint16> startListening(QProcess &process, const QString &program, const QString &name,
                                      const QStringList &arguments, QString *error)
{
    process.start(program, arguments);
    if (!process.waitForStarted(5000)) {
        *error = process.errorString();
        return std::nullopt;
    }
    const QRegularExpression listening(u"^%1 listening on 127\\.0\\.0\\.1:(\\d+)$"_s.arg(name));
    QByteArray output;
    const QDeadlineTimer deadline(10000);
    while (!output.contains('\n')) {
        if (!process.waitForReadyRead(int(deadline.remainingTime()))) {
            *error = u"no listening line; stderr: %1"_s.arg(QString::fromUtf8(process.readAllStandardError()));
            return std::nullopt;
        }
        output += process.readAllStandardOutput();
    }
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output).trimmed());
    if (!match.hasMatch()) {
        *error = u"unexpected first line: %1"_s.arg(QString::fromUtf8(output));
        return std::nullopt;
    }
    return quint16(match.captured(1).toUInt());
}

} // namespace kiosk::test
