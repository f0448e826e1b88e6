#include "kioskctl/terminal.h"

#include <QScopeGuard>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace kiosk::ctl {

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

std::optional<QString> readStdinSecret(const QString &prompt)
{
    const bool terminal = stdinIsTerminal();
    termios saved{};
    bool echoOff = false;
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            echoOff = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    const auto restore = qScopeGuard([&] {
        if (echoOff)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    });

    QByteArray line;
    char buffer[256];
    while (std::fgets(buffer, sizeof buffer, stdin)) {
        line += buffer;
        if (line.endsWith('\n'))
            break;
    }
    if (line.isEmpty())
        return std::nullopt;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromLocal8Bit(line);
}

} // namespace kiosk::ctl
