#!/usr/bin/env python3
"""Time to the first frame with a kiosk.db of many orders, next to an empty one.

    startup_bigdb.py KIOSK_BINARY STORE_DIR [--orders N] [--runs N]

Run under an X display (scripts/bench uses xvfb-run). The kiosk creates its database itself on
a first run (the real schema, every migration), then N delivered orders of two lines each are
written into it in one transaction. Each start is timed like browser_compare.py's (spawn to
first frame, --exit-after-first-frame); one warm-up run of each is discarded, then the medians
of N runs are reported. Also timed: PRAGMA quick_check of the big file, which start-up used to
run before the first frame and now leaves to the health probe after it. Prints JSON.
"""
import argparse
import datetime
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser_compare import kiosk_run  # noqa: E402


def fill(db_path, orders):
    """N delivered orders from the last few days (inside every retention period)."""
    db = sqlite3.connect(db_path)
    now = datetime.datetime.now(datetime.timezone.utc)
    with db:
        for i in range(orders):
            order_id = str(uuid.UUID(int=i + 1))
            at = (now - datetime.timedelta(seconds=(orders - i) * 2)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
            db.execute("INSERT INTO orders(id, number, kiosk_id, created_at, dine_option, language, subtotal_cents,"
                       " discount_cents, tax_cents, total_cents) VALUES (?, ?, 'K1', ?, 'here', 'en', 1398, 0, 115, 1513)",
                       (order_id, f"K-{i % 1000:03d}", at))
            for position, (item, name, cents) in enumerate((("classic_burger", "Classic Burger", 899),
                                                            ("cola", "Cola", 499))):
                db.execute("INSERT INTO order_lines(order_id, position, item_id, item_name, option_ids, option_names,"
                           " quantity, unit_price_cents, line_total_cents) VALUES (?, ?, ?, ?, '[]', '[]', 1, ?, ?)",
                           (order_id, position, item, name, cents, cents))
            body = json.dumps({"id": order_id, "kiosk_id": "K1", "lines": [{"item_id": "classic_burger"},
                                                                          {"item_id": "cola"}]})
            db.execute("INSERT INTO outbox(kind, key, body, state, attempts, created_at, delivered_at)"
                       " VALUES ('order', ?, ?, 'delivered', 1, ?, ?)", (order_id, body, at, at))
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('order_seq', ?)", (str(orders),))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def quick_check_ms(db_path):
    db = sqlite3.connect(db_path)
    start = time.monotonic()
    result = db.execute("PRAGMA quick_check").fetchone()[0]
    elapsed = (time.monotonic() - start) * 1000
    db.close()
    if result != "ok":
        raise RuntimeError(f"quick_check: {result}")
    return elapsed


def median_first_frames(binary, store, data_dirs, runs):
    """Medians per data dir; runs alternate between them, so a busy moment of the machine
    weighs on both. The first round is the warm-up (for the empty database, it creates it)."""
    times = {d: [] for d in data_dirs}
    for _ in range(runs + 1):
        for d in data_dirs:
            times[d].append(kiosk_run(binary, store, d)["first_frame_ms"])
    return [statistics.median(times[d][1:]) for d in data_dirs]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("store")
    parser.add_argument("--orders", type=int, default=150000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="kiosk-bigdb-")
    try:
        big = os.path.join(work, "big")
        kiosk_run(args.binary, args.store, big)  # the kiosk makes its own schema
        db_path = os.path.join(big, "kiosk.db")
        start = time.monotonic()
        fill(db_path, args.orders)
        fill_s = time.monotonic() - start
        empty_ms, big_ms = median_first_frames(args.binary, args.store, [os.path.join(work, "empty"), big], args.runs)
        result = {
            "orders": args.orders,
            "runs": args.runs,
            "db_mib": os.path.getsize(db_path) / (1024 * 1024),
            "fill_s": fill_s,
            "quick_check_ms": quick_check_ms(db_path),
            "empty_first_frame_ms": empty_ms,
            "big_first_frame_ms": big_ms,
        }
        print(json.dumps(result))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
