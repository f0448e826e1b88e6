#include "support/samplestore.h"

#include "config/menuparser.h"
#include "support/files.h"

#include <QDir>

namespace kiosk::test {

QString sampleConfigDir()
{
    return QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config");
}

QString minimalConfigDir()
{
    return QDir::cleanPath(QStringLiteral(KIOSK_TEST_DATA_DIR "/minimal-config"));
}

QString sampleMenuFile()
{
    return sampleConfigDir() + QStringLiteral("/menu.json");
}

QStringList sampleBackendArguments()
{
    return {QStringLiteral("--menu"), sampleMenuFile(),
            QStringLiteral("--token-file"), sampleConfigDir() + QStringLiteral("/backend.token")};
}

Menu loadMenu(const QString &dir)
{
    ConfigErrors errors;
    const auto menu = parseMenu(readFile(dir + QStringLiteral("/menu.json")), QStringLiteral("menu.json"), dir,
                                {QStringLiteral("en"), QStringLiteral("es")}, &errors);
    if (!menu)
        qFatal("test menu %s invalid: %s", qPrintable(dir), qPrintable(formatErrors(errors)));
    return *menu;
}

} // namespace kiosk::test
