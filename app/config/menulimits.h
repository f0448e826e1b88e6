#pragma once

#include "domain/money.h"

namespace kiosk {

// Bounds of menu.json's numbers, shared by the readers of its sections.
constexpr Cents MaxPriceCents = 10'000'000;
// A combo step asks for at most this many picks ("2 sides"); a screen shows no more.
constexpr int MaxPicksPerStep = 5;

} // namespace kiosk
