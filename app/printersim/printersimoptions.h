#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace kiosk {

// printersim's command line:
//   printersim --out DIR [--port N] [--admin-port M] [--paper-width 58|80]
struct PrinterSimOptions
{
    quint16 port = 0;                     // 0: a free one
    std::optional<quint16> adminPort;     // none: no admin server
    QString outDir;
    int paperWidthMm = 80;
};

// nullopt with `error` set (a usage line included) when the arguments are wrong; `error` is
// empty on --help, whose text is then in `help`.
std::optional<PrinterSimOptions> parsePrinterSimOptions(const QStringList &arguments, QString *error, QString *help);

} // namespace kiosk
