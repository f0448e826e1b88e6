#!/usr/bin/env python3
"""The kiosk next to a browser kiosk: time to the first frame and peak memory.

    browser_compare.py KIOSK_BINARY STORE_DIR [--runs N] [--chromium PATH]

Run under an X display (scripts/bench uses xvfb-run at 1080x1920). STORE_DIR comes from
make_bench_store.py --html: the kiosk starts on it, and Chromium in --kiosk mode opens its
menu.html, a static page with the same items and images as the kiosk's menu page.

Both are timed the same way, from the moment the process is spawned:
- kiosk: until it prints startup_ms (its first frame was swapped; --exit-after-first-frame);
- Chromium: until the page, two animation frames after `load`, posts to /painted.
Peak memory, PSS (shared pages divided among the processes that map them, so Chromium's
processes are not charged twice for the same library): in runs of their own, so that reading
/proc does not slow the timed ones, /proc/PID/smaps_rollup is read every 50 ms from spawn until
--settle seconds after the first frame, the kiosk's one process or the sum over Chromium's whole
process tree at each sample, and the largest sum is kept. Peak RSS stays beside it: the kiosk's
from getrusage, Chromium's the sum of its processes' VmHWM when the page has painted (an upper
bound of the tree's simultaneous peak). One warm-up run of each is discarded (page cache,
Chromium's profile), then the medians of N runs are reported. Prints JSON.
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


SAMPLE_INTERVAL_S = 0.05


def kiosk_run(binary, store, data_dir):
    start = time.monotonic()
    proc = subprocess.Popen([binary, "--config", store, "--data-dir", data_dir, "--report-startup",
                             "--exit-after-first-frame"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    first_frame_s = None
    reported_ms = None
    renderer = None
    for line in proc.stdout:
        if line.startswith("startup_ms="):
            first_frame_s = time.monotonic() - start
            reported_ms = int(line.split("=", 1)[1])
        elif line.startswith("renderer="):
            renderer = line.split("=", 1)[1].strip()
    _, status, usage = os.wait4(proc.pid, 0)
    if first_frame_s is None or os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"kiosk did not report a first frame (exit {os.waitstatus_to_exitcode(status)})")
    return {"first_frame_ms": first_frame_s * 1000, "reported_ms": reported_ms, "peak_rss_mib": usage.ru_maxrss / 1024,
            "renderer": renderer}


def pss_kib(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def sample_peak_pss_kib(pids_now, first_frame, settle_s, timeout_s=60):
    """Largest sum of PSS over pids_now() until settle_s after first_frame is set."""
    peak = 0
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        peak = max(peak, sum(pss_kib(pid) for pid in pids_now()))
        if first_frame.is_set() and time.monotonic() - first_frame.at >= settle_s:
            return peak
        time.sleep(SAMPLE_INTERVAL_S)
    raise RuntimeError("no first frame while sampling memory")


class FirstFrame(threading.Event):
    def mark(self):
        self.at = time.monotonic()
        self.set()


def stop(proc):
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def kiosk_memory_run(binary, store, data_dir, settle_s):
    proc = subprocess.Popen([binary, "--config", store, "--data-dir", data_dir, "--report-startup"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    first_frame = FirstFrame()

    def watch():
        for line in proc.stdout:
            if line.startswith("startup_ms="):
                first_frame.mark()

    threading.Thread(target=watch, daemon=True).start()
    try:
        peak = sample_peak_pss_kib(lambda: [proc.pid], first_frame, settle_s)
    finally:
        stop(proc)
    return {"peak_pss_mib": peak / 1024}


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


def start_chromium(chromium, server, profile):
    url = f"http://127.0.0.1:{server.server_address[1]}/menu.html"
    server.painted.clear()
    return subprocess.Popen([chromium, "--kiosk", "--no-sandbox", "--no-first-run", "--no-default-browser-check",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--password-store=basic", f"--user-data-dir={profile}", "--window-position=0,0",
                             "--window-size=1080,1920", url],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def chromium_run(chromium, server, profile):
    start = time.monotonic()
    proc = start_chromium(chromium, server, profile)
    try:
        if not server.painted.wait(60):
            raise RuntimeError("chromium did not paint the menu within 60 s")
        first_frame_s = time.monotonic() - start
        tree = process_tree(proc.pid)
        rss_kib = sum(peak_rss_kib(pid) for pid in tree)
    finally:
        stop(proc)
    return {"first_frame_ms": first_frame_s * 1000, "peak_rss_mib": rss_kib / 1024, "processes": len(tree)}


def chromium_memory_run(chromium, server, profile, settle_s):
    proc = start_chromium(chromium, server, profile)
    first_frame = FirstFrame()
    threading.Thread(target=lambda: server.painted.wait(60) and first_frame.mark(), daemon=True).start()
    try:
        peak = sample_peak_pss_kib(lambda: process_tree(proc.pid), first_frame, settle_s)
    finally:
        stop(proc)
    return {"peak_pss_mib": peak / 1024}


def medians(runs):
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("kiosk")
    parser.add_argument("store")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--settle", type=float, default=3.0,
                        help="seconds after the first frame that memory is still sampled")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="browser-compare-")
    try:
        data_dir = os.path.join(work, "data")
        kiosk_runs = [kiosk_run(args.kiosk, args.store, data_dir) for _ in range(args.runs + 1)][1:]
        kiosk_memory = [kiosk_memory_run(args.kiosk, args.store, data_dir, args.settle) for _ in range(args.runs)]
        server = PaintedServer(args.store)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        profile = os.path.join(work, "chromium-profile")
        chromium_runs = [chromium_run(args.chromium, server, profile) for _ in range(args.runs + 1)][1:]
        chromium_memory = [chromium_memory_run(args.chromium, server, profile, args.settle) for _ in range(args.runs)]
        server.shutdown()
        renderers = {run.pop("renderer") for run in kiosk_runs}
        kiosk = {**medians(kiosk_runs), **medians(kiosk_memory), "renderer": "/".join(sorted(map(str, renderers)))}
        chromium = {**medians(chromium_runs), **medians(chromium_memory)}
        result = {
            "runs": args.runs,
            "settle_s": args.settle,
            "kiosk": kiosk,
            "chromium": chromium,
            "chromium_version": subprocess.run([args.chromium, "--version"], capture_output=True,
                                               text=True).stdout.strip(),
            "first_frame_ratio": chromium["first_frame_ms"] / kiosk["first_frame_ms"],
            "first_frame_share": kiosk["first_frame_ms"] / chromium["first_frame_ms"],
            "peak_rss_ratio": chromium["peak_rss_mib"] / kiosk["peak_rss_mib"],
            "peak_pss_ratio": chromium["peak_pss_mib"] / kiosk["peak_pss_mib"],
        }
        print(json.dumps(result))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
