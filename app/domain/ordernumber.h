#pragma once

#include <QString>

namespace kiosk {

// Order numbers are what a customer listens for at the counter: short, so the sequence runs
// 1..999 and then starts again at 1 (a store never has 999 orders waiting at once).
constexpr int MaxOrderSequence = 999;

int nextOrderSequence(int previous);
// "K1" and 42 -> "K1-042".
QString formatOrderNumber(const QString &prefix, int sequence);

} // namespace kiosk
