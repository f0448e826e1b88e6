#include "support/refposprocess.h"

#include "support/tokenfile.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

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
    m_process.start(QStringLiteral(REFPOS_BIN), all + arguments);
    if (!m_process.waitForStarted(5000)) {
        *error = m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(u"^refpos listening on 127\\.0\\.0\\.1:(\\d+)$"_s);
    QByteArray output;
    const QDeadlineTimer deadline(10000);
    while (!output.contains('\n')) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            *error = u"no listening line; stderr: %1"_s.arg(QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
        output += m_process.readAllStandardOutput();
    }
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output).trimmed());
    if (!match.hasMatch()) {
        *error = u"unexpected first line: %1"_s.arg(QString::fromUtf8(output));
        return false;
    }
    m_port = quint16(match.captured(1).toUInt());
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
