#!/usr/bin/env python3
"""Time to the first frame with a 5,000-item menu, next to the sample store's.

    startup_bigmenu.py KIOSK_BINARY SAMPLE_STORE BIG_STORE [--runs N]

Run under an X display (scripts/bench uses xvfb-run at 1080x1920). Both stores come from
make_bench_store.py (the sample's own item count and --items 5000), so the menu's size is all
that differs. Each start is timed like browser_compare.py's (spawn to first frame,
--exit-after-first-frame); the runs alternate between the stores, so a busy moment of the
machine weighs on both; one warm-up round is discarded, then the medians are reported. Prints
JSON.
"""
import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser_compare import kiosk_run  # noqa: E402


def item_count(store):
    with open(os.path.join(store, "menu.json")) as f:
        return len(json.load(f)["items"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("sample")
    parser.add_argument("big")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="kiosk-bigmenu-")
    try:
        stores = {"sample": args.sample, "big": args.big}
        times = {name: [] for name in stores}
        renderers = set()
        for _ in range(args.runs + 1):
            for name, store in stores.items():
                run = kiosk_run(args.binary, store, os.path.join(work, name))
                times[name].append(run["first_frame_ms"])
                renderers.add(str(run["renderer"]))
        sample_ms, big_ms = (statistics.median(times[name][1:]) for name in stores)
        print(json.dumps({
            "runs": args.runs,
            "sample_items": item_count(args.sample),
            "big_items": item_count(args.big),
            "sample_first_frame_ms": sample_ms,
            "big_first_frame_ms": big_ms,
            "big_over_sample": big_ms / sample_ms,
            "renderer": "/".join(sorted(renderers)),
        }))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
