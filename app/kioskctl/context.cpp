#include "kioskctl/context.h"

#include "config/kioskconfigparser.h"
#include "staff/stafftoken.h"

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
    if (!m_options.dataDir.isEmpty())
        return QDir(m_options.dataDir).absolutePath();
    const KioskConfig *kiosk = config();
    if (!kiosk)
        return std::nullopt;
    return QDir(kiosk->dataDir).absolutePath();
}

std::optional<QString> Context::databasePath()
{
    const std::optional<QString> dir = dataDir();
    return dir ? std::optional(QDir(*dir).filePath(u"kiosk.db"_s)) : std::nullopt;
}

QByteArray Context::staffAuthorization()
{
    if (m_authorization)
        return *m_authorization;
    m_authorization = QByteArray();
    const std::optional<QString> dir = dataDir();
    if (!dir) {
        m_tokenProblem = u"the staff token's folder is not known (see above)"_s;
        return {};
    }
    QString warning;
    if (const std::optional<StaffToken> token = StaffToken::read(*dir, &m_tokenProblem, &warning))
        m_authorization = token->authorization();
    else
        m_tokenProblem += u"\n(run kioskctl as root or as a member of group kiosk)"_s;
    if (!warning.isEmpty())
        m_io.err << u"kioskctl: warning: %1\n"_s.arg(warning);
    return *m_authorization;
}

QString Context::refusedMessage()
{
    const QByteArray authorization = staffAuthorization();
    if (authorization.isEmpty())
        return u"the kiosk wants its staff token, and kioskctl cannot read it: %1"_s.arg(m_tokenProblem);
    return u"the kiosk refused the staff token in %1 (was it replaced while the kiosk runs? "
           u"restart the kiosk)"_s.arg(StaffToken::path(*dataDir()));
}

QString Context::listenerAddress(quint16 port) const
{
    return u"127.0.0.1:%1"_s.arg(port);
}

} // namespace kiosk::ctl
