#include "refpos/refposschema.h"

namespace kiosk::refpos {

namespace {

// Each accepted request keeps its canonical body and hash (to tell a replay from a conflict)
// and the exact response body it got (to replay it byte for byte). seq is arrival order.
const char *const MigrateTo1 = R"sql(
CREATE TABLE orders (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,        -- the order id = its idempotency key
    number        TEXT NOT NULL,
    kiosk_id      TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    total_cents   INTEGER NOT NULL,
    member_id     TEXT,
    points_earned INTEGER NOT NULL,
    body          TEXT NOT NULL,               -- canonical JSON
    body_hash     TEXT NOT NULL,               -- hex SHA-256 of body
    response      TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 1   -- every POST with this key, replays included
);
CREATE TABLE feedback (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    order_id    TEXT NOT NULL,
    csat        INTEGER,
    nps         INTEGER,
    comment     TEXT,
    language    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    body        TEXT NOT NULL,
    body_hash   TEXT NOT NULL,
    response    TEXT NOT NULL,
    received_at TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE assist (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    key         TEXT NOT NULL UNIQUE,
    kiosk_id    TEXT NOT NULL,
    reason      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    body        TEXT NOT NULL,
    body_hash   TEXT NOT NULL,
    response    TEXT NOT NULL,
    received_at TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE menu_availability (
    item_id    TEXT PRIMARY KEY,
    available  INTEGER NOT NULL CHECK (available IN (0, 1)),
    changed_at TEXT NOT NULL
);
PRAGMA user_version = 1;
)sql";

} // namespace

const Schema &refposSchema()
{
    static const Schema schema{QStringLiteral("refpos"), {MigrateTo1}};
    return schema;
}

} // namespace kiosk::refpos
