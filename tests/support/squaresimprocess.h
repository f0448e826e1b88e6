#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace kiosk::test {

// The tokens every SquaresimProcess starts with: the Square access token the kiosk sends, and
// the admin token of /sim/ (another one: a kiosk never holds it).
inline constexpr char SquaresimToken[] = "squaresim-test-access-token";
inline constexpr char SquaresimAdminToken[] = "squaresim-test-admin-token";
// The sample seed (tests/square/data/seed) and its location.
inline constexpr char SquaresimLocationId[] = "LH2GQ8V4TW5ZP";

// The real squaresim binary on loopback (--port 0), started as the Square tests and the demo
// start it: the sample seed, api.json validation on, token files written in `workDir`.
class SquaresimProcess
{
public:
    explicit SquaresimProcess(QString workDir) : m_workDir(std::move(workDir)) {}
    ~SquaresimProcess();

    static QString sampleSeedDir();
    static QString apiJsonPath();

    // Starts squaresim with `arguments` besides --port, --seed, --token-file,
    // --admin-token-file and --api-json (unless `arguments` give --seed); false with `error`.
    bool start(const QStringList &arguments, QString *error);
    void kill();

    quint16 port() const { return m_port; }
    QUrl url(const QString &path) const;
    QByteArray standardError() { return m_process.readAllStandardError(); }

private:
    QString m_workDir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace kiosk::test
