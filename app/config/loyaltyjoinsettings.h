#pragma once

#include "domain/loyalty.h"

#include <QJsonObject>
#include <QStringList>

namespace kiosk {

class JsonReader;

// The optional "join" object of kiosk.json's "loyalty" section into `join`, reporting through
// `reader` ("kiosk.json: loyalty.join.terms: missing \"es\" text"). When enabled, the terms (in
// every one of `languages`) and their version are required; `square`: the store's backend is
// Square, whose adapter cannot enrol members, so enabling is refused.
void readLoyaltyJoin(JsonReader &reader, const QJsonObject &loyalty, const QStringList &languages,
                     bool square, LoyaltyRules::Join *join);

} // namespace kiosk
