#include "support/squaresimprocess.h"

#include "support/listeningprocess.h"
#include "support/tokenfile.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace kiosk::test {

SquaresimProcess::~SquaresimProcess()
{
    kill();
}

QString SquaresimProcess::sampleSeedDir()
{
    return QStringLiteral(KIOSK_SOURCE_DIR "/tests/square/data/seed");
}

QString SquaresimProcess::apiJsonPath()
{
    return QStringLiteral(KIOSK_SQUARE_API_JSON);
}

bool SquaresimProcess::start(const QStringList &arguments, QString *error)
{
    const QString token = QDir(m_workDir).filePath(u"square.token"_s);
    const QString adminToken = QDir(m_workDir).filePath(u"squaresim-admin.token"_s);
    if (!writeTokenFile(token, SquaresimToken) || !writeTokenFile(adminToken, SquaresimAdminToken)) {
        *error = u"cannot write the token files in %1"_s.arg(m_workDir);
        return false;
    }
    QStringList all{u"--port"_s, u"0"_s, u"--token-file"_s, token, u"--admin-token-file"_s, adminToken,
                    u"--api-json"_s, apiJsonPath()};
    if (!arguments.contains(u"--seed"_s))
        all << u"--seed"_s << sampleSeedDir();
    const std::optional<quint16> port =
        startListening(m_process, QStringLiteral(SQUARESIM_BIN), u"squaresim"_s, all + arguments, error);
    if (!port)
        return false;
    m_port = *port;
    return true;
}

void SquaresimProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QUrl SquaresimProcess::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
}

} // namespace kiosk::test
