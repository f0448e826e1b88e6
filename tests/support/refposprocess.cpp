#include "support/refposprocess.h"

#include "support/listeningprocess.h"
#include "support/tokenfile.h"

using namespace Qt::StringLiterals;

namespace kiosk::test {

RefposProcess::~RefposProcess()
{
    kill();
}

bool RefposProcess::start(const QStringList &arguments, QString *error)
{
    QStringList all{u"--port"_s, QString::number(m_fixedPort), u"--db"_s, m_databasePath};
    if (!arguments.contains(u"--admin-token-file"_s)) {
        const QString adminToken = m_databasePath + u".admin-token"_s;
        if (!writeTokenFile(adminToken, RefposAdminToken)) {
            *error = u"cannot write %1"_s.arg(adminToken);
            return false;
        }
        all << u"--admin-token-file"_s << adminToken;
    }
    const std::optional<quint16> port =
        startListening(m_process, QStringLiteral(REFPOS_BIN), u"refpos"_s, all + arguments, error);
    if (!port)
        return false;
    m_port = *port;
    return true;
}

void RefposProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

int RefposProcess::terminate(int timeoutMs)
{
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs) || m_process.exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process.exitCode();
}

QUrl RefposProcess::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
}

} // namespace kiosk::test
