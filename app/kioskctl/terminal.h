#pragma once

#include <QString>
#include <optional>

namespace kiosk::ctl {

// Standard input as kioskctl's main() uses it.
bool stdinIsTerminal();
// One line from standard input, without its end; nullopt at the end of input. On a terminal,
// `prompt` goes to standard error and what is typed is not echoed.
std::optional<QString> readStdinSecret(const QString &prompt);

} // namespace kiosk::ctl
