#include "support/tokenfile.h"

#include "support/files.h"

namespace kiosk::test {

bool writeTokenFile(const QString &path, const QByteArray &token)
{
    return writeFile(path, token + '\n');
}

} // namespace kiosk::test
