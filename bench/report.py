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


def mib(value):
    return f"{value:.0f} MiB"


def main():
    work, out = sys.argv[1], sys.argv[2]
    r = {name: load(work, name) for name in
         ("commit", "replay", "menu500", "menu5000", "inforce", "cart", "loyalty", "scroll", "tap", "card", "browser",
          "bigmenu", "bigdb")}
    machine = f"{cpu_model()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"
    # (measure, result, next to, issue 20's target or "")
    rows = []
    b = r["browser"]
    if b:
        k, c = b["kiosk"], b["chromium"]
        rows.append((f"Start to first frame, sample store ({k.get('renderer', '?')} renderer)",
                     f"{k['first_frame_ms']:.0f} ms",
                     f"Chromium --kiosk: {c['first_frame_ms']:.0f} ms; the kiosk takes"
                     f" {100 * k['first_frame_ms'] / c['first_frame_ms']:.0f} % of it", "≤ 25 % of Chromium's"))
        if "peak_pss_mib" in k:
            rows.append(("Peak memory (PSS), sample store, until "
                         f"{b.get('settle_s', 0):g} s after the first frame",
                         f"{mib(k['peak_pss_mib'])} (peak RSS {mib(k['peak_rss_mib'])})",
                         f"Chromium --kiosk, {c.get('processes', 0):.0f} processes: {mib(c['peak_pss_mib'])}"
                         f" ({b['peak_pss_ratio']:.1f}x; RSS summed {mib(c['peak_rss_mib'])})", "≤ 100 MiB"))
        else:
            rows.append(("Peak memory (RSS): kiosk", mib(k["peak_rss_mib"]),
                         f"Chromium --kiosk: {mib(c['peak_rss_mib'])} ({b['peak_rss_ratio']:.1f}x)", ""))
    big_menu = r["bigmenu"]
    if big_menu:
        rows.append((f"Start to first frame, {big_menu['big_items']:,}-item menu",
                     f"{big_menu['big_first_frame_ms']:.0f} ms",
                     f"{big_menu['sample_items']}-item sample store: {big_menu['sample_first_frame_ms']:.0f} ms"
                     f" ({100 * (big_menu['big_over_sample'] - 1):+.0f} %)", "within 25 %"))
    if r["tap"]:
        t = r["tap"]
        rows.append((f"Touch on a category to its items drawn, {t['items']:,}-item menu",
                     f"p50 {t['p50_ms']:.0f} ms, p95 {t['p95_ms']:.0f} ms",
                     f"{t['taps']} taps (Xvfb, {t.get('renderer', '?')} renderer)", "≤ 100 ms"))
    for key, label, target in (("menu500", "500 items", ""), ("menu5000", "5,000 items", "p50 ≤ 100 ms")):
        if r[key]:
            rows.append((f"Menu load + validate, {label}", f"p50 {r[key]['p50_ms']:.1f} ms",
                         f"p99 {r[key]['p99_ms']:.1f} ms", target))
    if r["scroll"]:
        s = r["scroll"]
        renderer = s.get("renderer", "llvmpipe")
        rows.append((f"Frame time scrolling {s['items_in_category']} items, 1080x1920, {renderer} renderer",
                     f"p95 {s['p95_ms']:.1f} ms",
                     f"p50 {s['p50_ms']:.1f} ms over {s['frames']} frames (Xvfb; {s.get('renderer_reason', '')})",
                     "p95 ≤ 16.7 ms"))
    commit = r["commit"].get("durable_commit")
    fsync = r["commit"].get("raw_fdatasync") or r["commit"].get("raw_fsync")
    if commit and fsync:
        ratio = commit["p99_ms"] / fsync["p99_ms"] if fsync["p99_ms"] else 0
        rows.append(("Durable order commit (WAL, synchronous=FULL)",
                     f"p99 {commit['p99_ms']:.2f} ms ({ratio:.1f}x), p50 {commit['p50_ms']:.2f} ms",
                     f"raw write+fdatasync of the same {r['commit'].get('bytes_per_commit_p50', 4096) / 1024:.0f} KiB:"
                     f" p99 {fsync['p99_ms']:.2f} ms, p50 {fsync['p50_ms']:.2f} ms ({commit['samples']} each)",
                     "p99 ≤ 2x the raw one"))
    page = r["commit"].get("raw_4k_fsync")
    if commit and page:
        # The issue's own yardstick: a single 4 KiB page, although an order writes 12-14 pages.
        ratio = commit["p99_ms"] / page["p99_ms"] if page["p99_ms"] else 0
        rows.append(("Durable order commit vs one 4 KiB page",
                     f"p99 {commit['p99_ms']:.2f} ms ({ratio:.1f}x)",
                     f"raw 4 KiB write+fsync, appended: p99 {page['p99_ms']:.2f} ms, p50 {page['p50_ms']:.2f} ms",
                     "p99 ≤ 2x the raw one"))
    replay = r["replay"].get("outbox_replay")
    if replay:
        rows.append(("Outbox replay to refpos (loopback)", f"{replay['orders_per_s']:.0f} orders/s",
                     f"{replay['orders']} orders, {replay['failed']} failed", ""))
    if r["inforce"]:
        rows.append((f"Menu in force (dayparts, pauses), {r['inforce']['items']:,} items",
                     f"p50 {r['inforce']['p50_ms']:.1f} ms", f"p99 {r['inforce']['p99_ms']:.1f} ms", ""))
    if r["cart"]:
        rows.append(("Cart recompute, 50 lines", f"p50 {r['cart']['p50_us']:.1f} µs",
                     f"p99 {r['cart']['p99_us']:.1f} µs", ""))
    for mode in ("online", "cached"):
        lookup = r["loyalty"].get(mode)
        if lookup:
            rows.append((f"Loyalty lookup, {mode}", f"p50 {lookup['p50_ms']:.2f} ms",
                         f"p99 {lookup['p99_ms']:.2f} ms", ""))
    if r["card"]:
        c = r["card"]
        rows.append(("Card approved to the number on screen (the kiosk's own time)",
                     f"p50 {c['approved_to_number_p50_ms']:.0f} ms, p99 {c['approved_to_number_p99_ms']:.0f} ms",
                     f"{c['payments']} payments on refpos's simulated terminal (Xvfb); the poll's wait not counted",
                     ""))
    big = r["bigdb"]
    if big:
        rows.append((f"Start to first frame, {big['orders']:,} orders in kiosk.db ({big['db_mib']:.0f} MiB)",
                     f"{big['big_first_frame_ms']:.0f} ms",
                     f"empty kiosk.db: {big['empty_first_frame_ms']:.0f} ms; the quick_check moved after the"
                     f" first frame takes {big['quick_check_ms']:.0f} ms", ""))

    print("| Measure | Result | Next to | Target (issue 20) |")
    print("|---|---|---|---|")
    for row in rows:
        print(f"| {row[0]} | {row[1]} | {row[2]} | {row[3]} |")
    taken = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    print(f"\nTaken {taken} on {machine}" + (f"; {b['chromium_version']}, medians of {b['runs']} runs" if b else ""))
    result = {"taken_at": taken, "machine": machine, **r}
    with open(out, "w") as f:
        json.dump(result, f, indent=2)
    print(f"written: {out}")


if __name__ == "__main__":
    main()
