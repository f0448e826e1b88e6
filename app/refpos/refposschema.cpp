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

// Loyalty (docs/backend-api.md, "Loyalty"): members found by phone (E.164, shared by a
// household), member number or the code on their card; rewards they can afford, the birthday
// reward on their birthday (MM-DD, compared with the local date). The seeded members use the
// fictional 555-01xx numbers; Maria's birthday is the day the database was created.
const char *const MigrateTo2 = R"sql(
CREATE TABLE loyalty_members (
    id               TEXT PRIMARY KEY,
    first_name       TEXT NOT NULL,
    last_name        TEXT NOT NULL,
    phone            TEXT NOT NULL,             -- E.164, not unique
    member_number    TEXT NOT NULL UNIQUE,
    card_code        TEXT NOT NULL UNIQUE,      -- what the QR code / barcode on the card says
    points           INTEGER NOT NULL CHECK (points >= 0),
    lifetime_points  INTEGER NOT NULL CHECK (lifetime_points >= 0), -- sets the tier
    birthday         TEXT,                      -- "MM-DD"
    recent_items     TEXT NOT NULL DEFAULT '[]' -- JSON array of menu item ids, newest first
);
CREATE INDEX loyalty_members_phone ON loyalty_members (phone);
CREATE TABLE loyalty_rewards (
    id            TEXT PRIMARY KEY,
    name_en       TEXT NOT NULL,
    name_es       TEXT NOT NULL,
    points_cost   INTEGER NOT NULL CHECK (points_cost >= 0),
    kind          TEXT NOT NULL CHECK (kind IN ('free_item', 'amount_off', 'percent_off')),
    item_id       TEXT,
    amount_cents  INTEGER,
    percent       INTEGER,
    birthday_only INTEGER NOT NULL DEFAULT 0 CHECK (birthday_only IN (0, 1))
);
INSERT INTO loyalty_rewards VALUES
    ('free_fries', 'Free classic fries', 'Papas clásicas gratis', 300, 'free_item', 'classic_fries', NULL, NULL, 0),
    ('two_dollars_off', '$2 off your order', '$2 de descuento', 250, 'amount_off', NULL, 200, NULL, 0),
    ('ten_percent_off', '10% off your order', '10% de descuento', 500, 'percent_off', NULL, NULL, 10, 0),
    ('birthday_sundae', 'Birthday hot fudge sundae', 'Sundae de cumpleaños', 0, 'free_item', 'hot_fudge_sundae', NULL, NULL, 1);
INSERT INTO loyalty_members VALUES
    ('mbr-1001', 'Maria', 'Garcia', '+12065550142', '10010042', 'HSK-CARD-7Q3F9A', 3200, 3200,
        strftime('%m-%d', 'now', 'localtime'),
        '["bacon_cheeseburger","sweet_potato_fries","fresh_lemonade"]'),
    ('mbr-1002', 'Sam', 'Lee', '+12065550177', '10020077', 'HSK-CARD-2M8K4D', 420, 1800, '01-15',
        '["classic_burger"]'),
    ('mbr-1003', 'Sara', 'Lee', '+12065550177', '10030077', 'HSK-CARD-5T1R6W', 900, 900, '07-04',
        '["caesar_salad","iced_tea"]'),
    ('mbr-1004', 'Noah', 'Kim', '+12065550188', '10040088', 'HSK-CARD-9B2N7C', 40, 40, NULL, '[]');
PRAGMA user_version = 2;
)sql";

// Card payment (docs/backend-api.md, "Payments"). An order keeps how it is paid and where it
// stands; a card order is held until its payment completes. kitchen_releases logs every
// release to the kitchen: the code releases an order once, and the tests count the rows, so
// no constraint hides a second one. A payment row carries the terminal's planned outcome and
// when each event is due, so a refpos restarted mid-payment carries on where it was.
const char *const MigrateTo3 = R"sql(
ALTER TABLE orders ADD COLUMN payment_method TEXT;      -- 'card' | 'counter'; NULL: not sent
ALTER TABLE orders ADD COLUMN status TEXT NOT NULL DEFAULT 'accepted'
    CHECK (status IN ('accepted', 'awaiting_payment', 'paid', 'released_counter', 'canceled'));
ALTER TABLE orders ADD COLUMN points_redeemed INTEGER NOT NULL DEFAULT 0;
CREATE TABLE kitchen_releases (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id TEXT NOT NULL,
    method   TEXT NOT NULL CHECK (method IN ('card', 'counter')),
    at       TEXT NOT NULL
);
CREATE INDEX kitchen_releases_order ON kitchen_releases (order_id);
CREATE TABLE payments (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,        -- = its idempotency key
    order_id      TEXT NOT NULL,
    amount_cents  INTEGER NOT NULL,
    currency      TEXT NOT NULL,
    terminal_id   TEXT NOT NULL,
    created_at    TEXT NOT NULL,               -- as the kiosk sent it
    body          TEXT NOT NULL,
    body_hash     TEXT NOT NULL,
    response      TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 1,
    status        TEXT NOT NULL CHECK (status IN ('pending', 'in_progress', 'completed', 'declined', 'canceled')),
    reason        TEXT,
    card_brand    TEXT,
    card_last4    TEXT,
    updated_at    TEXT NOT NULL,
    planned       TEXT NOT NULL CHECK (planned IN ('approve', 'decline', 'buyer_cancel', 'no_answer')),
    shown_ms      INTEGER NOT NULL,            -- epoch ms: pending -> in_progress
    due_ms        INTEGER,                     -- epoch ms the planned outcome applies; NULL: no_answer
    deadline_ms   INTEGER NOT NULL,            -- epoch ms: canceled timed_out
    cancel_reason TEXT,                        -- a cancel asked for, and when the terminal acts on it
    cancel_due_ms INTEGER
);
CREATE INDEX payments_order ON payments (order_id);
CREATE INDEX payments_open ON payments (status) WHERE status IN ('pending', 'in_progress');
CREATE TABLE terminals (
    id              TEXT PRIMARY KEY,
    cancel_after_ms INTEGER NOT NULL DEFAULT 0,
    auto_next       INTEGER NOT NULL DEFAULT 0   -- where --terminal-auto's cycle goes on
);
CREATE TABLE terminal_queue (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    terminal_id TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('approve', 'decline', 'buyer_cancel', 'no_answer')),
    after_ms    INTEGER NOT NULL
);
PRAGMA user_version = 3;
)sql";

// Items paused through PUT /v1/menu/items/<id>/available (docs/backend-api.md, "Pausing an
// item"): one row per paused item, until as answered and as epoch ms to compare. A row whose
// until has passed is a pause that ended on its own; resuming deletes the row.
const char *const MigrateTo4 = R"sql(
CREATE TABLE menu_pauses (
    item_id   TEXT PRIMARY KEY,
    until     TEXT NOT NULL,                   -- RFC 3339 UTC
    until_ms  INTEGER NOT NULL,
    paused_at TEXT NOT NULL
);
PRAGMA user_version = 4;
)sql";

// Joining at the kiosk (docs/backend-api.md, "POST /v1/loyalty/members"): each enrolment keeps
// its body and answer as orders do (replays, conflicts), the member gets the terms version they
// accepted. A granted reward (the welcome gift) belongs to one member and is used once:
// used_by_order names the order that redeemed it, NULL while unused (and again when that held
// order is cancelled).
const char *const MigrateTo5 = R"sql(
ALTER TABLE loyalty_members ADD COLUMN terms_version TEXT;
ALTER TABLE loyalty_members ADD COLUMN enrolled_at TEXT;
CREATE TABLE loyalty_enrolments (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,          -- the member id = its idempotency key
    kiosk_id    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    body        TEXT NOT NULL,
    body_hash   TEXT NOT NULL,
    response    TEXT NOT NULL,
    received_at TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE loyalty_granted_rewards (
    member_id     TEXT NOT NULL,
    reward_id     TEXT NOT NULL,
    name_en       TEXT NOT NULL,
    name_es       TEXT NOT NULL,
    item_id       TEXT NOT NULL,               -- always a free item
    granted_at    TEXT NOT NULL,
    used_by_order TEXT,
    PRIMARY KEY (member_id, reward_id)
);
CREATE INDEX loyalty_granted_rewards_order ON loyalty_granted_rewards (used_by_order);
PRAGMA user_version = 5;
)sql";

} // namespace

const Schema &refposSchema()
{
    static const Schema schema{QStringLiteral("refpos"), {MigrateTo1, MigrateTo2, MigrateTo3, MigrateTo4,
                                                    MigrateTo5}};
    return schema;
}

} // namespace kiosk::refpos
