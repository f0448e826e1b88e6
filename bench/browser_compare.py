#!/usr/bin/env python3
"""The kiosk next to a browser kiosk: time to the first frame and peak memory.

    browser_compare.py KIOSK_BINARY STORE_DIR [--runs N] [--chromium PATH]

Run under an X display (scripts/bench uses xvfb-run at 1080x1920). STORE_DIR comes from
make_bench_store.py --html: the kiosk starts on it, and Chromium in --kiosk mode opens its
menu.html, a static page with the same items and images as the kiosk's menu page.

Both are timed the same way, from the moment the process is spawned:
- kiosk: until it prints startup_ms (its first frame was swapped; --exit-after-first-frame);
- Chromium: until the page, two animation frames after `load`, posts to /painted.
Peak memory: the kiosk is one process, its peak RSS (getrusage). Chromium is several
processes; its figure is the sum of every process's peak RSS (VmHWM) when the page has
painted, an upper bound of the tree's simultaneous peak. One warm-up run of each is discarded
(page cache, Chromium's profile), then the medians of N runs are reported. Prints JSON.
"""
import argparse
import http.server
import json
import os
import shutil
import signal
import statistics
import subprocess
import tempfile
import threading
import time


def kiosk_run(binary, store, data_dir):
    start = time.monotonic()
    proc = subprocess.Popen([binary, "--config", store, "--data-dir", data_dir, "--report-startup",
                             "--exit-after-first-frame"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    first_frame_s = None
    reported_ms = None
    for line in proc.stdout:
        if line.startswith("startup_ms="):
            first_frame_s = time.monotonic() - start
            reported_ms = int(line.split("=", 1)[1])
    _, status, usage = os.wait4(proc.pid, 0)
    if first_frame_s is None or os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"kiosk did not report a first frame (exit {os.waitstatus_to_exitcode(status)})")
    return {"first_frame_ms": first_frame_s * 1000, "reported_ms": reported_ms, "peak_rss_mib": usage.ru_maxrss / 1024}


class PaintedServer(http.server.ThreadingHTTPServer):
    def __init__(self, root):
        self.painted = threading.Event()

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(handler, *args, **kwargs):
                super().__init__(*args, directory=root, **kwargs)

            def do_POST(handler):
                if handler.path == "/painted":
                    self.painted.set()
                handler.send_response(204)
                handler.end_headers()

            def log_message(handler, *args):
                pass

        super().__init__(("127.0.0.1", 0), Handler)


def process_tree(root_pid):
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    tree, todo = [], [root_pid]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def peak_rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def chromium_run(chromium, server, profile):
    url = f"http://127.0.0.1:{server.server_address[1]}/menu.html"
    server.painted.clear()
    start = time.monotonic()
    proc = subprocess.Popen([chromium, "--kiosk", "--no-sandbox", "--no-first-run", "--no-default-browser-check",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--password-store=basic", f"--user-data-dir={profile}", "--window-position=0,0",
                             "--window-size=1080,1920", url],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        if not server.painted.wait(60):
            raise RuntimeError("chromium did not paint the menu within 60 s")
        first_frame_s = time.monotonic() - start
        rss_kib = sum(peak_rss_kib(pid) for pid in process_tree(proc.pid))
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return {"first_frame_ms": first_frame_s * 1000, "peak_rss_mib": rss_kib / 1024}


def medians(runs):
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("kiosk")
    parser.add_argument("store")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="browser-compare-")
    try:
        data_dir = os.path.join(work, "data")
        kiosk_runs = [kiosk_run(args.kiosk, args.store, data_dir) for _ in range(args.runs + 1)][1:]
        server = PaintedServer(args.store)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        profile = os.path.join(work, "chromium-profile")
        chromium_runs = [chromium_run(args.chromium, server, profile) for _ in range(args.runs + 1)][1:]
        server.shutdown()
        kiosk, chromium = medians(kiosk_runs), medians(chromium_runs)
        result = {
            "runs": args.runs,
            "kiosk": kiosk,
            "chromium": chromium,
            "chromium_version": subprocess.run([args.chromium, "--version"], capture_output=True,
                                               text=True).stdout.strip(),
            "first_frame_ratio": chromium["first_frame_ms"] / kiosk["first_frame_ms"],
            "peak_rss_ratio": chromium["peak_rss_mib"] / kiosk["peak_rss_mib"],
        }
        print(json.dumps(result))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
