#pragma once

#include <QByteArray>
#include <QString>

namespace kiosk::test {

// Writes a bearer token file as an installer does (the token and a newline) for refpos's
// --token-file and the kiosk's backend.token_file; false when it cannot be written.
bool writeTokenFile(const QString &path, const QByteArray &token);

} // namespace kiosk::test
