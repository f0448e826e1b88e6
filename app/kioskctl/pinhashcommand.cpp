#include "kioskctl/commands.h"

#include "staff/pinhash.h"
#include "staff/pinstrength.h"

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

// Neither the PIN nor anything about it beyond "invalid", "weak" or "different" is ever printed.
std::optional<QString> readNewPin(Io &io)
{
    const std::optional<QString> pin = io.readSecret(u"New diagnostics PIN (4 to 8 digits): "_s);
    if (!pin) {
        io.err << u"kioskctl: no PIN given\n"_s;
        return std::nullopt;
    }
    const QString digits = pin->trimmed();
    if (!isValidPin(digits)) {
        io.err << u"kioskctl: a PIN is 4 to 8 digits\n"_s;
        return std::nullopt;
    }
    if (const QString weak = weakPinReason(digits); !weak.isEmpty()) {
        io.err << u"kioskctl: refused, %1: choose another PIN\n"_s.arg(weak);
        return std::nullopt;
    }
    if (io.interactive) {
        const std::optional<QString> again = io.readSecret(u"The same PIN again: "_s);
        if (!again || again->trimmed() != digits) {
            io.err << u"kioskctl: the two PINs differ\n"_s;
            return std::nullopt;
        }
    }
    return digits;
}

int pinHash(Io &io)
{
    const std::optional<QString> pin = readNewPin(io);
    if (!pin)
        return ExitFailed;
    io.out << hashPin(*pin) << u'\n';
    return ExitOk;
}

} // namespace kiosk::ctl
