#pragma once

#include <QProcess>
#include <QStringList>
#include <optional>

namespace kiosk::test {

// Starts a local simulator (refpos, squaresim) and waits for its first line,
// "<name> listening on 127.0.0.1:<port>"; the port, or nullopt with `error` set.
std::optional<quint16> startListening(QProcess &process, const QString &program, const QString &name,
                                      const QStringList &arguments, QString *error);

} // namespace kiosk::test
