#pragma once

#include "config/kioskconfig.h"

#include <QString>
#include <QTextStream>
#include <functional>
#include <optional>

namespace kiosk::ctl {

enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,     // invalid config, health fail, no such entry, ...
    ExitNotRunning = 2, // the kiosk is not running or does not answer
    ExitUsage = 64,     // EX_USAGE
};

// Where kioskctl reads and writes: the process's streams in main(), buffers in the tests.
struct Io
{
    QTextStream &out;
    QTextStream &err;
    // One line of input without its end, nullopt at the end of input. On a terminal it shows
    // `prompt` and does not echo what is typed.
    std::function<std::optional<QString>(const QString &prompt)> readSecret;
    bool interactive = false; // input is a terminal: a new PIN is asked for twice
};

struct Options
{
    QString configDir;           // always set: --config or the default
    QString dataDir;             // --data-dir; empty: the config's data_dir
    std::optional<quint16> port; // --port; else the config's health.listen_port
    bool json = false;
    int timeoutMs = 2000;        // for each request to the kiosk
};


// What the commands share: the options, the streams, and the config's kiosk.json (menu.json
// is not needed), read on first use, so --port and --data-dir together work without one.
class Context
{
public:
    Context(Options options, Io &io) : m_options(std::move(options)), m_io(io) {}

    const Options &options() const { return m_options; }
    Io &io() { return m_io; }
    bool json() const { return m_options.json; }

    // The kiosk's loopback port. nullopt when the config cannot be read (already reported).
    std::optional<quint16> port();
    // --data-dir, else the config's data_dir. nullopt when the config cannot be read (already
    // reported).
    std::optional<QString> dataDir();
    // DATA_DIR/kiosk.db. nullopt when the config cannot be read (already reported).
    std::optional<QString> databasePath();
    // "Bearer <token>" from DATA_DIR/staff.token for the staff endpoints; empty when it cannot
    // be read, and then refusedMessage() says why.
    QByteArray staffAuthorization();
    // What to tell staff when the kiosk answered 401.
    QString refusedMessage();
    QString listenerAddress(quint16 port) const;

private:
    const KioskConfig *config();

    Options m_options;
    Io &m_io;
    std::optional<KioskConfig> m_config;
    std::optional<quint16> m_configPort;
    bool m_configRead = false;
    std::optional<QByteArray> m_authorization;
    QString m_tokenProblem;
};

} // namespace kiosk::ctl
