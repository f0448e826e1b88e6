#include "sync/backendtokenfile.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace kiosk {

std::optional<QByteArray> BackendTokenFile::token(bool *changed)
{
    if (changed)
        *changed = false;
    const QFileInfo info(m_path);
    if (!m_token.isEmpty() && info.exists() && info.lastModified() == m_modified && info.size() == m_size)
        return m_token;
    QFile file(m_path);
    QByteArray token;
    if (!m_path.isEmpty() && file.open(QIODevice::ReadOnly))
        token = file.readLine(4096).trimmed(); // the first line; a trailing newline is not part of it
    // Visible ASCII only: anything else would be refused, or could smuggle in a header.
    const bool printable = std::all_of(token.begin(), token.end(), [](char c) { return c > 0x20 && c < 0x7f; });
    if (token.isEmpty() || !printable) {
        // Without a token every request would be refused, and a refusal is final for an order.
        m_token.clear();
        if (!m_warned) {
            qCWarning(lcSync).noquote() << (token.isEmpty() ? "no backend token in" : "unusable backend token in")
                                        << m_path << "- not sending";
        }
        m_warned = true;
        return std::nullopt;
    }
    m_warned = false;
    m_token = token;
    m_modified = info.lastModified();
    m_size = info.size();
    if (changed)
        *changed = true;
    return m_token;
}

} // namespace kiosk
