#pragma once

#include "domain/payment.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace kiosk {

class JsonReader;

// kiosk.json's optional "payment" section: how customers pay. Without it every order is paid at
// the counter, as before card payment existed.
struct PaymentSettings
{
    static constexpr int MinTimeoutS = 30;
    static constexpr int MaxTimeoutS = 300;

    PaymentMode mode = PaymentMode::Counter;
    QString terminalId;   // terminal_id: the card reader beside this kiosk; required for card modes
    int timeoutS = 120;   // timeout_s: how long a customer has at the terminal

    bool cardEnabled() const { return mode != PaymentMode::Counter; }
};

// Reads the optional "payment" object of `root` into `settings`, reporting through `reader`
// ("kiosk.json: payment.mode: ..."); on any problem `settings` is left unchanged and false is
// returned. `backendTerminal`, when given, is the terminal the backend's own settings name
// (Square's device_id; empty if that setting was refused): terminal_id is then refused rather
// than required.
bool readPaymentSettings(JsonReader &reader, const QJsonObject &root, PaymentSettings *settings,
                         const std::optional<QString> &backendTerminal = std::nullopt);

} // namespace kiosk
