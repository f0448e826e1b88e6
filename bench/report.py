#!/usr/bin/env python3
"""Joins the benchmark results scripts/bench wrote into WORK_DIR: prints the table (Markdown,
ready for README.md) and writes one JSON file.

    report.py WORK_DIR OUTPUT_JSON
"""
import datetime
import json
import os
import platform
import sys


def load(work, name):
    path = os.path.join(work, f"{name}.json")
    if not os.path.exists(path):
        return {}
    with open(path) as f:
        text = f.read().strip()
    return json.loads(text) if text else {}


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main():
    work, out = sys.argv[1], sys.argv[2]
    r = {name: load(work, name) for name in
         ("commit", "replay", "menu500", "menu5000", "inforce", "cart", "loyalty", "scroll", "card", "browser", "bigdb")}
    machine = f"{cpu_model()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"
    rows = []
    commit, fsync = r["commit"].get("durable_commit"), r["commit"].get("raw_fsync")
    if commit and fsync:
        rows.append(("Durable order commit (WAL, synchronous=FULL)",
                     f"p50 {commit['p50_ms']:.1f} ms, p99 {commit['p99_ms']:.1f} ms",
                     f"raw 4 KiB write+fsync: p50 {fsync['p50_ms']:.1f} ms, p99 {fsync['p99_ms']:.1f} ms"))
    replay = r["replay"].get("outbox_replay")
    if replay:
        rows.append(("Outbox replay to refpos (loopback)", f"{replay['orders_per_s']:.0f} orders/s",
                     f"{replay['orders']} orders, {replay['failed']} failed"))
    for key, label in (("menu500", "500 items"), ("menu5000", "5,000 items")):
        if r[key]:
            rows.append((f"Menu load + validate, {label}", f"p50 {r[key]['p50_ms']:.1f} ms",
                         f"p99 {r[key]['p99_ms']:.1f} ms"))
    if r["inforce"]:
        rows.append((f"Menu in force (dayparts, pauses), {r['inforce']['items']:,} items",
                     f"p50 {r['inforce']['p50_ms']:.1f} ms", f"p99 {r['inforce']['p99_ms']:.1f} ms"))
    if r["cart"]:
        rows.append(("Cart recompute, 50 lines", f"p50 {r['cart']['p50_us']:.1f} µs",
                     f"p99 {r['cart']['p99_us']:.1f} µs"))
    for mode in ("online", "cached"):
        lookup = r["loyalty"].get(mode)
        if lookup:
            rows.append((f"Loyalty lookup, {mode}", f"p50 {lookup['p50_ms']:.2f} ms",
                         f"p99 {lookup['p99_ms']:.2f} ms"))
    if r["scroll"]:
        s = r["scroll"]
        rows.append((f"Frame time scrolling {s['items_in_category']} items", f"p50 {s['p50_ms']:.1f} ms",
                     f"p95 {s['p95_ms']:.1f} ms over {s['frames']} frames (llvmpipe, Xvfb)"))
    if r["card"]:
        c = r["card"]
        rows.append(("Card approved to the number on screen (the kiosk's own time)",
                     f"p50 {c['approved_to_number_p50_ms']:.0f} ms, p99 {c['approved_to_number_p99_ms']:.0f} ms",
                     f"{c['payments']} payments on refpos's simulated terminal (Xvfb); the poll's wait not counted"))
    b = r["browser"]
    if b:
        k, c = b["kiosk"], b["chromium"]
        rows.append(("Start to first frame: kiosk", f"{k['first_frame_ms']:.0f} ms",
                     f"Chromium --kiosk: {c['first_frame_ms']:.0f} ms ({b['first_frame_ratio']:.1f}x)"))
        rows.append(("Peak memory: kiosk", f"{k['peak_rss_mib']:.0f} MiB",
                     f"Chromium --kiosk: {c['peak_rss_mib']:.0f} MiB ({b['peak_rss_ratio']:.1f}x)"))

    big = r["bigdb"]
    if big:
        rows.append((f"Start to first frame, {big['orders']:,} orders in kiosk.db ({big['db_mib']:.0f} MiB)",
                     f"{big['big_first_frame_ms']:.0f} ms",
                     f"empty kiosk.db: {big['empty_first_frame_ms']:.0f} ms; the quick_check moved after the"
                     f" first frame takes {big['quick_check_ms']:.0f} ms"))

    print("| Measure | Result | Next to |")
    print("|---|---|---|")
    for row in rows:
        print(f"| {row[0]} | {row[1]} | {row[2]} |")
    taken = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    print(f"\nTaken {taken} on {machine}" + (f"; {b['chromium_version']}, medians of {b['runs']} runs" if b else ""))
    result = {"taken_at": taken, "machine": machine, **r}
    with open(out, "w") as f:
        json.dump(result, f, indent=2)
    print(f"written: {out}")


if __name__ == "__main__":
    main()
