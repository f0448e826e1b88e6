#pragma once

#include "domain/promotion.h"

#include <QMetaType>
#include <QString>

namespace kiosk {

// The answer to one SyncService::lookupPromotion() call.
struct PromotionLookupResult
{
    enum class Outcome {
        Found,       // the backend knows the code: `promotion` (its rules still to be checked)
        NotFound,    // the backend does not know it
        Unavailable, // no answer (offline, down, a mangled body): the offline list may know it
    };

    quint64 requestId = 0;
    Outcome outcome = Outcome::Unavailable;
    Promotion promotion;
    QString error; // Unavailable: why, in plain words
};

} // namespace kiosk

Q_DECLARE_METATYPE(kiosk::PromotionLookupResult)
