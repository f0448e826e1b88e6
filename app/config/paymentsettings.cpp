#include "config/paymentsettings.h"

#include "config/jsonreader.h"

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

constexpr qsizetype MaxTerminalIdLength = 64;

} // namespace

bool readPaymentSettings(JsonReader &reader, const QJsonObject &root, PaymentSettings *settings,
                         const std::optional<QString> &backendTerminal)
{
    const QString path = u"payment"_s;
    if (!root.contains(path))
        return true;
    const qsizetype before = reader.errorCount();
    const auto payment = reader.object(root, {}, path);
    if (!payment)
        return false;
    reader.rejectUnknownKeys(*payment, path, {u"mode"_s, u"terminal_id"_s, u"timeout_s"_s});
    PaymentSettings s = *settings;
    if (const auto mode = reader.string(*payment, path, u"mode"_s)) {
        if (const auto parsed = paymentModeFromCode(*mode))
            s.mode = *parsed;
        else
            reader.error(JsonReader::join(path, u"mode"_s),
                         u"must be \"counter\", \"card\" or \"card_or_counter\", got \"%1\""_s.arg(*mode));
    }
    if (backendTerminal) {
        // The backend's own settings name the terminal (Square's device_id): a second name here
        // could only disagree with it.
        if (payment->contains(u"terminal_id"_s))
            reader.error(JsonReader::join(path, u"terminal_id"_s),
                         u"is not used with backend.kind \"square\": the terminal is backend.square.device_id"_s);
        s.terminalId = *backendTerminal;
    } else if (payment->contains(u"terminal_id"_s)) {
        if (const auto terminal = reader.string(*payment, path, u"terminal_id"_s)) {
            if (terminal->size() > MaxTerminalIdLength || terminal->trimmed() != *terminal)
                reader.error(JsonReader::join(path, u"terminal_id"_s),
                             u"must be at most %1 characters without spaces around it"_s.arg(MaxTerminalIdLength));
            else
                s.terminalId = *terminal;
        }
    } else if (s.cardEnabled()) {
        reader.error(JsonReader::join(path, u"terminal_id"_s),
                     u"is required when mode is \"%1\": the card reader beside this kiosk"_s
                         .arg(paymentModeCode(s.mode)));
    }
    reader.optionalInteger(*payment, path, u"timeout_s"_s, PaymentSettings::MinTimeoutS,
                           PaymentSettings::MaxTimeoutS, &s.timeoutS);
    if (reader.errorCount() != before)
        return false;
    *settings = s;
    return true;
}

} // namespace kiosk
