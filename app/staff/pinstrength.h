#pragma once

#include <QString>

namespace kiosk {

// Why a new staff PIN is too easy to guess, or an empty string when it is not: the ones a
// guesser tries first (0000, 1234), one digit repeated (7777) and runs up or down (2345,
// 86543). Only for setting a PIN; checking one never looks at this. The reason never repeats
// the PIN.
QString weakPinReason(const QString &pin);

} // namespace kiosk
