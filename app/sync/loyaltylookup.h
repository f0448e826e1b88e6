#pragma once

#include "domain/loyalty.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace kiosk {

// How a customer identified themselves; each maps to the one key of the body of
// POST /v1/loyalty/members/search (never to a URL: see docs/backend-api.md).
enum class LoyaltyLookupKind { Phone, MemberNumber, Code };

// "phone" | "member" | "code": the body's key (contract/membersearch.h), also part of the
// offline cache's key.
QString lookupKindCode(LoyaltyLookupKind kind);

// The answer to one SyncService::lookupMember() call.
struct LoyaltyLookupResult
{
    // Where the members came from: the backend now, the offline cache (backend unreachable),
    // or nowhere (then `error` says why).
    enum class Source { Online, Cache, None };

    quint64 requestId = 0;
    Source source = Source::None;
    QList<LoyaltyMember> members; // may be empty: nobody matches
    QString error;                // empty when answered; never contains the identifier
    qint64 latencyMs = 0;         // from the request reaching the sync thread to the answer

    bool answered() const { return source != Source::None; }
};

} // namespace kiosk

Q_DECLARE_METATYPE(kiosk::LoyaltyLookupResult)
