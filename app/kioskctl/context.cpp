#include "kioskctl/context.h"

#include "config/kioskconfigparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

const KioskConfig *Context::config()
{
    if (m_configRead)
        return m_config ? &*m_config : nullptr;
    m_configRead = true;
    // kiosk.json alone: a menu.json being edited must not keep staff from the kiosk's status.
    const QString dir = QDir::cleanPath(QDir(m_options.configDir).absolutePath());
    QFile file(QDir(dir).filePath(u"kiosk.json"_s));
    ConfigErrors errors;
    std::optional<KioskConfig> kiosk;
    if (file.open(QIODevice::ReadOnly))
        kiosk = parseKioskConfig(file.readAll(), dir, &errors);
    else
        errors.append({u"kiosk.json"_s, {}, u"cannot be read: %1"_s.arg(file.errorString())});
    if (!kiosk) {
        m_io.err << u"kioskctl: cannot use the config in %1:\n"_s.arg(m_options.configDir)
                 << formatErrors(errors) << u"\n(--port and --data-dir together need no config)\n"_s;
        return nullptr;
    }
    m_config = kiosk;
    m_configPort = quint16(kiosk->health.listenPort);
    return &*m_config;
}

std::optional<quint16> Context::port()
{
    if (m_options.port)
        return m_options.port;
    if (!config())
        return std::nullopt;
    if (*m_configPort == 0) {
        m_io.err << u"kioskctl: health.listen_port is 0 in %1/kiosk.json (a free port each start): "
                    u"give the kiosk's port with --port\n"_s.arg(m_options.configDir);
        return std::nullopt;
    }
    return m_configPort;
}

std::optional<QString> Context::dataDir()
{
    QString dir = m_options.dataDir;
    if (dir.isEmpty()) {
        const KioskConfig *kiosk = config();
        if (!kiosk)
            return std::nullopt;
        dir = kiosk->dataDir;
    }
    return QDir(dir).absolutePath();
}

std::optional<QString> Context::databasePath()
{
    const std::optional<QString> dir = dataDir();
    return dir ? std::optional(QDir(*dir).filePath(u"kiosk.db"_s)) : std::nullopt;
}

QString Context::listenerAddress(quint16 port) const
{
    return u"127.0.0.1:%1"_s.arg(port);
}

} // namespace kiosk::ctl
