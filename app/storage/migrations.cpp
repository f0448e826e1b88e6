#include "storage/migrations.h"

#include "storage/database.h"

namespace kiosk {

namespace {

// Each migration ends by setting user_version, inside the transaction migrate() opens.
// Version 1: orders with their lines, the outbox that delivers them, and kiosk metadata.
const char *const MigrateTo1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE orders (
    id             TEXT PRIMARY KEY,           -- UUID, also the idempotency key
    number         TEXT NOT NULL,              -- "K1-042", what the customer was shown
    kiosk_id       TEXT NOT NULL,
    created_at     TEXT NOT NULL,              -- RFC 3339 UTC
    dine_option    TEXT NOT NULL CHECK (dine_option IN ('here', 'togo')),
    language       TEXT NOT NULL,
    subtotal_cents INTEGER NOT NULL,
    discount_cents INTEGER NOT NULL,
    tax_cents      INTEGER NOT NULL,
    total_cents    INTEGER NOT NULL
);
CREATE TABLE order_lines (
    order_id         TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    item_id          TEXT NOT NULL,
    item_name        TEXT NOT NULL,
    option_ids       TEXT NOT NULL,            -- JSON array
    option_names     TEXT NOT NULL,            -- JSON array
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents INTEGER NOT NULL,
    line_total_cents INTEGER NOT NULL,
    PRIMARY KEY (order_id, position)
);
CREATE TABLE outbox (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT, -- delivery order
    kind            TEXT NOT NULL,             -- 'order', later 'feedback', 'assist'
    key             TEXT NOT NULL UNIQUE,      -- idempotency key
    body            TEXT NOT NULL,             -- JSON request body
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT,
    created_at      TEXT NOT NULL,
    delivered_at    TEXT,
    response        TEXT
);
CREATE INDEX outbox_pending ON outbox(state, seq);
PRAGMA user_version = 1;
)sql";

// Version 2: what the sync worker learns from the backend. An order's loyalty points come back
// with its delivery; the menu fetched from GET /v1/menu is kept (one row) with its ETag so a
// restart shows the last good menu at once and asks the backend only for a newer one.
const char *const MigrateTo2 = R"sql(
ALTER TABLE outbox ADD COLUMN points_earned INTEGER;
CREATE INDEX outbox_kind_pending ON outbox(kind, state, seq);
CREATE TABLE menu_cache (
    id         INTEGER PRIMARY KEY CHECK (id = 1), -- one menu, the last good one
    etag       TEXT,
    body       TEXT NOT NULL,                       -- the validated GET /v1/menu body
    fetched_at TEXT NOT NULL                        -- RFC 3339 UTC
);
PRAGMA user_version = 2;
)sql";

// Version 3: what a customer tells the kiosk besides an order. Loyalty: the member and rewards an
// order claims, and recently seen members for offline lookup, keyed by a salted hash of the
// identifier typed or scanned (never the identifier itself). Feedback answers and calls for
// staff are kept here before the outbox delivers them, so diagnostics can count them. What staff
// do in diagnostics is audited.
const char *const MigrateTo3 = R"sql(
ALTER TABLE orders ADD COLUMN loyalty TEXT;    -- JSON {"member_id", "reward_ids"} or NULL
CREATE TABLE loyalty_cache (
    lookup_key TEXT PRIMARY KEY,               -- salted hash of kind + identifier
    members    TEXT NOT NULL,                  -- JSON array, as GET /v1/loyalty/members sent it
    fetched_at TEXT NOT NULL,                  -- RFC 3339 UTC
    expires_at TEXT NOT NULL                   -- RFC 3339 UTC; purged after this
);
CREATE INDEX loyalty_cache_expiry ON loyalty_cache(expires_at);
CREATE TABLE feedback (
    id         TEXT PRIMARY KEY,               -- UUID, also the idempotency key
    order_id   TEXT,
    csat       INTEGER CHECK (csat BETWEEN 1 AND 5),
    nps        INTEGER CHECK (nps BETWEEN 0 AND 10),
    comment    TEXT,
    language   TEXT NOT NULL,
    created_at TEXT NOT NULL                   -- RFC 3339 UTC
);
CREATE INDEX feedback_created ON feedback(created_at);
CREATE TABLE assist_requests (
    id         TEXT PRIMARY KEY,               -- UUID, also the idempotency key
    reason     TEXT NOT NULL,
    created_at TEXT NOT NULL,                  -- RFC 3339 UTC
    cleared_at TEXT                            -- set when staff clear it in diagnostics
);
CREATE TABLE staff_audit (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at         TEXT NOT NULL,                  -- RFC 3339 UTC
    action     TEXT NOT NULL,                  -- "pin_ok", "pin_wrong", "outbox_retry", ...
    detail     TEXT NOT NULL DEFAULT ''        -- never a PIN, phone number or member id
);
-- Staff discard a failed outbox entry in diagnostics: it stays on record, never sent again.
ALTER TABLE outbox ADD COLUMN discarded_at TEXT;  -- RFC 3339 UTC; NULL unless discarded
PRAGMA user_version = 3;
)sql";

// Version 4: the diagnostics PIN's lockout, so that a restart does not give a guesser five more
// tries (app/staff/pinlockoutstore.h). One row; times are UTC milliseconds since the epoch.
const char *const MigrateTo4 = R"sql(
CREATE TABLE staff_pin_lockout (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    failures           INTEGER NOT NULL DEFAULT 0,  -- wrong PINs in a row
    step               INTEGER NOT NULL DEFAULT 0,  -- lockouts in the current streak
    last_failure_at    INTEGER NOT NULL DEFAULT 0,  -- 0: none
    locked_at          INTEGER NOT NULL DEFAULT 0,  -- the latest lockout's start; 0: none
    locked_until       INTEGER NOT NULL DEFAULT 0,  -- 0: not locked
    previous_locked_at INTEGER NOT NULL DEFAULT 0   -- the lockout before; 0: none
);
PRAGMA user_version = 4;
)sql";

// Version 5: retention (issue 14). Old rows are found by time without reading the tables
// whole; an order paid by card (issue 15 sets `payment`) is kept longer, for disputes, and its
// payment records must reference orders(id) ON DELETE CASCADE so they go with it, never before.
const char *const MigrateTo5 = R"sql(
ALTER TABLE orders ADD COLUMN payment TEXT;   -- 'card' when paid by card; NULL: at the counter
CREATE INDEX outbox_kind_state_created ON outbox(kind, state, created_at);
CREATE INDEX feedback_comment_created ON feedback(created_at) WHERE comment IS NOT NULL;
CREATE INDEX staff_audit_at ON staff_audit(at);
PRAGMA user_version = 5;
)sql";

// Version 6 (issue 14): a reward never fails an order. The points each order's rewards cost,
// written with the order, so the offline cache stops offering points already spent; what the
// backend could not honour on an order it accepted, for staff. The offline cache is keyed by an
// HMAC whose key lives outside the database now: rows keyed by the old salted hash (whose salt
// was in meta, so in every copy of the file) are dropped; it is only a cache.
const char *const MigrateTo6 = R"sql(
CREATE TABLE loyalty_redemptions (
    order_id   TEXT PRIMARY KEY,               -- orders.id, also the outbox key
    member_id  TEXT NOT NULL,
    points     INTEGER NOT NULL CHECK (points >= 0),
    reward_names TEXT NOT NULL DEFAULT '{}',   -- JSON {reward id: name}, for staff
    at         TEXT NOT NULL                   -- RFC 3339 UTC, the order's created_at
);
CREATE INDEX loyalty_redemptions_member ON loyalty_redemptions(member_id);
CREATE TABLE order_adjustments (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id   TEXT NOT NULL,                  -- the outbox key
    order_number TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL,                  -- "reward" | "promo" | what a backend sends
    subject    TEXT NOT NULL,                  -- the reward's or promotion's id
    subject_name TEXT NOT NULL DEFAULT '',     -- the reward's name when the kiosk knew it
    reason     TEXT NOT NULL,                  -- the backend's words, for staff
    at         TEXT NOT NULL                   -- RFC 3339 UTC, when the answer came
);
CREATE INDEX order_adjustments_at ON order_adjustments(at);
DELETE FROM loyalty_cache;
DELETE FROM meta WHERE key = 'loyalty_cache_salt';
PRAGMA user_version = 6;
)sql";

// Version 7 (issue 15): card payment. A card order is saved held (payment_state
// 'awaiting_payment') and becomes 'paid', 'counter' (released to pay at the counter) or
// 'abandoned' (cancelled on the backend). Each attempt to charge it is saved before the terminal
// is asked; at most one attempt per order is open or completed at a time (the partial unique
// index), so the kiosk can never start a second charge beside a first it has not settled.
const char *const MigrateTo7 = R"sql(
ALTER TABLE orders ADD COLUMN payment_state TEXT;   -- NULL: counter order, as before
ALTER TABLE orders ADD COLUMN number_shown_at TEXT; -- RFC 3339 UTC: the customer saw the number
-- A card order the customer paid for but the backend did not take: why, for staff (a refund at
-- the point of sale). NULL: none.
ALTER TABLE orders ADD COLUMN payment_problem TEXT;
ALTER TABLE orders ADD COLUMN payment_problem_resolved_at TEXT; -- staff refunded it at the point of sale
CREATE TABLE payment_attempts (
    id          TEXT PRIMARY KEY,                  -- UUID, the Idempotency-Key
    order_id    TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    currency    TEXT NOT NULL,
    terminal_id TEXT NOT NULL,
    created_at  TEXT NOT NULL,                     -- RFC 3339 UTC
    body        TEXT NOT NULL,                     -- the create request, sent byte for byte
    status      TEXT NOT NULL DEFAULT 'saved',     -- domain/payment.h PaymentStatus codes
    reason      TEXT NOT NULL DEFAULT '',
    card_brand  TEXT,
    card_last4  TEXT,
    cancel_requested TEXT,                         -- NULL | 'seller_canceled' | 'timed_out'
    updated_at  TEXT NOT NULL,
    settled_at  TEXT,                              -- when the status became final
    last_error  TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX payment_attempts_one_open ON payment_attempts(order_id)
    WHERE status NOT IN ('declined', 'canceled', 'refused');
CREATE INDEX payment_attempts_created ON payment_attempts(created_at);
-- The open attempts (read at start, before the first frame, and on every payment poll) without
-- reading the months of settled ones kept for disputes.
CREATE INDEX payment_attempts_open ON payment_attempts(created_at)
    WHERE status IN ('saved', 'pending', 'in_progress');
CREATE INDEX orders_payment_state ON orders(payment_state) WHERE payment_state IS NOT NULL;
PRAGMA user_version = 7;
)sql";

// Per-item inclusive taxes: the part of the prices that is tax (Totals::taxIncluded).
const char *const MigrateTo8 = R"sql(
ALTER TABLE orders ADD COLUMN tax_included_cents INTEGER NOT NULL DEFAULT 0;
PRAGMA user_version = 8;
)sql";

// Diagnostics' "reprint" list (OrderStore::recent): the last orders by time, without reading
// every order kept (card orders stay 180 days).
const char *const MigrateTo9 = R"sql(
CREATE INDEX orders_created ON orders(created_at);
PRAGMA user_version = 9;
)sql";

// Combo lines: the combo a line is ('' for an item line) and its parts, names included
// (storage/orderlineparts.h), so a reprint shows what the first ticket showed.
const char *const MigrateTo10 = R"sql(
ALTER TABLE order_lines ADD COLUMN combo_id TEXT NOT NULL DEFAULT '';
ALTER TABLE order_lines ADD COLUMN parts TEXT NOT NULL DEFAULT '[]'; -- JSON array
PRAGMA user_version = 10;
)sql";

// Items staff paused ("86") in diagnostics, until a time (app/storage/itempauses.h). A row
// whose until has passed is a pause that ended on its own; resuming deletes the row.
const char *const MigrateTo11 = R"sql(
CREATE TABLE item_pauses (
    item_id   TEXT PRIMARY KEY,
    until     TEXT NOT NULL,                   -- RFC 3339 UTC
    paused_at TEXT NOT NULL                    -- RFC 3339 UTC
);
PRAGMA user_version = 11;
)sql";

} // namespace

const Schema &kioskSchema()
{
    static const Schema schema{QStringLiteral("kiosk"),
                               {MigrateTo1, MigrateTo2, MigrateTo3, MigrateTo4, MigrateTo5, MigrateTo6, MigrateTo7,
                                MigrateTo8, MigrateTo9, MigrateTo10, MigrateTo11}};
    return schema;
}

bool migrate(Database &db, const Schema &schema, QString *error)
{
    const int version = db.userVersion();
    if (version < 0) {
        *error = QStringLiteral("cannot read the schema version of %1: %2").arg(db.path(), db.lastError());
        return false;
    }
    if (version > schema.version()) {
        *error = QStringLiteral("%1 has %2 schema version %3, newer than this program's %4")
                     .arg(db.path(), schema.name).arg(version).arg(schema.version());
        return false;
    }
    for (int next = version + 1; next <= schema.version(); ++next) {
        Database::Transaction tx(db);
        if (!tx.isActive() || !db.exec(schema.migrations.at(next - 1)) || !tx.commit()) {
            *error = QStringLiteral("migration to schema version %1 of %2 failed: %3")
                         .arg(next).arg(db.path(), db.lastError());
            return false;
        }
    }
    return true;
}

} // namespace kiosk
