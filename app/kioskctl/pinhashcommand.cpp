#include "kioskctl/commands.h"

#include "staff/pinhash.h"

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

// Neither the PIN nor anything about it beyond "invalid" or "different" is ever printed.
int pinHash(Io &io)
{
    const std::optional<QString> pin = io.readSecret(u"New diagnostics PIN (4 to 8 digits): "_s);
    if (!pin) {
        io.err << u"kioskctl: no PIN given\n"_s;
        return ExitFailed;
    }
    if (!isValidPin(pin->trimmed())) {
        io.err << u"kioskctl: a PIN is 4 to 8 digits\n"_s;
        return ExitFailed;
    }
    if (io.interactive) {
        const std::optional<QString> again = io.readSecret(u"The same PIN again: "_s);
        if (!again || again->trimmed() != pin->trimmed()) {
            io.err << u"kioskctl: the two PINs differ\n"_s;
            return ExitFailed;
        }
    }
    io.out << hashPin(pin->trimmed()) << u'\n';
    return ExitOk;
}

} // namespace kiosk::ctl
