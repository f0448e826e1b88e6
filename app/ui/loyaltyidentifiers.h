#pragma once

#include <QString>
#include <optional>

namespace kiosk {

// Reading what a customer typed or scanned to identify themselves, before any lookup: one
// normal form per identifier, so the backend query and the offline cache key agree.

// A phone number typed on the keypad ("5551234567", "(555) 123-4567", "+1 555 ...") in E.164
// ("+15551234567"), read as a number of `region` (ISO 3166, "US") unless it starts with "+".
// nullopt when it cannot be a phone number there (wrong length, letters, empty). The length is
// checked, not whether the area code is assigned: fictional 555 numbers are real members in
// demos and tests, and an unknown number is simply not found.
std::optional<QString> normalisePhone(const QString &typed, const QString &region);

// The digits typed so far, formatted as the customer types: "555" -> "555",
// "5551234567" -> "(555) 123-4567". Anything but digits is ignored.
QString formatPhoneAsYouType(const QString &digits, const QString &region);

// A member number as printed on a card: spaces and dashes dropped, upper case, letters and
// digits only, 1 to 32 of them; nullopt otherwise.
std::optional<QString> normaliseMemberNumber(const QString &typed);

// What a USB scanner typed (it ends with Enter): trimmed, printable ASCII, 1 to 128 characters;
// nullopt otherwise.
std::optional<QString> normaliseScannedCode(const QString &scanned);

} // namespace kiosk
