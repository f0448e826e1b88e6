#pragma once

#include "config/syncsettings.h"
#include "squarecalls.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <functional>

namespace kiosk::test {

// squaresim (api.json validation on) and the SyncSettings a Square kiosk would have for it:
// its URL, a token file holding the simulator's token, the seed's location, USD, en + es, an
// image folder and a translations file path in a folder of the rig's own.
class AdapterRig
{
public:
    bool start(const QStringList &arguments, QString *error);

    SquareCalls &square() { return m_square; }
    const SyncSettings &settings() const { return m_settings; }
    SyncSettings &settings() { return m_settings; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Writes the translations file (kiosk-config/square-translations.json).
    bool writeTranslations(const QByteArray &json);
    // A seed folder in `dir` for --seed: the sample seed as `edit` changes it, and its images.
    static bool writeSeed(const QString &dir, const std::function<void(QJsonObject *)> &edit);

private:
    QTemporaryDir m_dir;
    SquareCalls m_square;
    SyncSettings m_settings;
};

} // namespace kiosk::test
