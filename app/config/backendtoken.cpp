#include "config/backendtoken.h"

#include "config/backendtransport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QUrl>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// SHA-256 of the sample store's token: the check needs no copy of it.
constexpr char DemoTokenSha256[] = "6f1e21e078898210aa9c0e922ed702f15cacf9f64559a769a30a0103d59b824c";

QByteArray readToken(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readLine(4096).trimmed() : QByteArray();
}

} // namespace

bool isDemoBackendToken(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex() == DemoTokenSha256;
}

QString demoTokenRefusal(const KioskConfig::Backend &backend)
{
    const QString host = QUrl(backend.url).host();
    if (isLoopbackHost(host) || !isDemoBackendToken(readToken(backend.tokenFile)))
        return {};
    return u"backend.token_file: %1 holds the sample store's demo token, which everyone knows; "
           u"backend.url's host %2 is not this machine. Put the token your backend issued for this "
           u"kiosk in %1."_s.arg(backend.tokenFile, host);
}

QStringList tokenFileWarnings(const QString &tokenFile)
{
    struct stat st {};
    if (tokenFile.isEmpty())
        return {};
    if (::stat(QFile::encodeName(tokenFile).constData(), &st) != 0) {
        return {u"backend.token_file: %1 does not exist: orders wait in the outbox until the token "
                u"the backend issued for this kiosk is put there (0640 root:kiosk)"_s.arg(tokenFile)};
    }
    if (QFile file(tokenFile); !S_ISREG(st.st_mode) || !file.open(QIODevice::ReadOnly)) {
        const QString why = S_ISREG(st.st_mode) ? file.errorString() : u"not a file"_s;
        return {u"backend.token_file: %1 cannot be read (%2): nothing reaches the backend until it "
                u"can (a file, 0640 root:kiosk)"_s.arg(tokenFile, why)};
    }
    if (isDemoBackendToken(readToken(tokenFile)))
        return {};
    QStringList warnings;
    const QString mode = QString::number(st.st_mode & 07777, 8).rightJustified(4, u'0');
    if (st.st_mode & (S_IROTH | S_IWOTH)) {
        warnings.append(u"backend.token_file: every user on this machine can %1 %2 (mode %3): "
                        u"chmod 0640 and chown root:kiosk"_s
                            .arg(st.st_mode & S_IWOTH ? u"change"_s : u"read"_s, tokenFile, mode));
    }
    if (st.st_uid != 0 && st.st_uid != ::geteuid())
        warnings.append(u"backend.token_file: %1 belongs to uid %2, neither root nor this user: "
                        u"chown root:kiosk"_s.arg(tokenFile).arg(st.st_uid));
    return warnings;
}

} // namespace kiosk
