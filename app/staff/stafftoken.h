#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace kiosk {

// The credential for the loopback listener's staff endpoints: a random token in DATA_DIR/
// staff.token, mode 0640, so its owner (the kiosk), root and the kiosk's group can read it and
// nobody else. kioskctl reads it and sends `Authorization: Bearer <token>`.
//
// Why a file and not a Unix socket with peer credentials: Qt 6.4's QHttpServer binds only a
// QTcpServer, and Prometheus and other monitoring scrape /metrics and /healthz over TCP anyway.
// The file's group read bit draws the same line SO_PEERCRED would (root and group kiosk), and a
// web page in a browser on the kiosk cannot read a file, nor set an Authorization header on a
// cross-site form POST, which is the defence against CSRF.
class StaffToken
{
public:
    static constexpr int RandomBytes = 32;  // 64 hex digits in the file
    static constexpr int MinLength = 32;    // a token staff write by hand is refused below this

    static QString path(const QString &dataDir);

    // The kiosk at start: reads DATA_DIR/staff.token, first writing a new one (atomically, 0640)
    // when there is none. nullopt with `error` set when neither works. `warning` is set when
    // the file can be read by others than its owner and group.
    static std::optional<StaffToken> ensure(const QString &dataDir, QString *error, QString *warning = nullptr);
    // kioskctl: reads the file only; nullopt with `error` set (which never holds the token).
    static std::optional<StaffToken> read(const QString &dataDir, QString *error, QString *warning = nullptr);

    // "Bearer <token>", for the Authorization header.
    QByteArray authorization() const { return "Bearer " + m_value; }
    // True when `header` is exactly authorization(); the time taken does not depend on where
    // the first wrong byte is, so the token cannot be guessed byte by byte.
    bool acceptsAuthorization(QByteArrayView header) const;

private:
    explicit StaffToken(QByteArray value) : m_value(std::move(value)) {}
    static std::optional<StaffToken> readFile(const QString &file, QString *error, QString *warning);

    QByteArray m_value;
};

} // namespace kiosk
