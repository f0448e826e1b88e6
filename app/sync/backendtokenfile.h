#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace kiosk {

// The backend's access token, read late from its file (backend.token_file, the first line) and
// again whenever the file changes, so a token put there or rotated while the kiosk runs is used
// at once. Shared by the adapters; each keeps its own (they live on different threads).
class BackendTokenFile
{
public:
    explicit BackendTokenFile(QString path) : m_path(std::move(path)) {}

    // The token, or nullopt (said once in the log, without the token) while the file has no
    // usable one. `changed` is set when it was read anew, so headers are rebuilt only then.
    std::optional<QByteArray> token(bool *changed = nullptr);

private:
    const QString m_path;
    QByteArray m_token;
    QDateTime m_modified;
    qint64 m_size = -1;
    bool m_warned = false;
};

} // namespace kiosk
