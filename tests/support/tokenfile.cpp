#include "support/tokenfile.h"

#include "support/files.h"

#include <QFile>

namespace kiosk::test {

// 0600, as an installer leaves a secret: the kiosk warns about a token others can read.
bool writeTokenFile(const QString &path, const QByteArray &token)
{
    return writeFile(path, token + '\n') && QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace kiosk::test
