#!/usr/bin/env python3
"""Seconds to the grid: from process start with a keuzehulp:// link to the linked decision
drawn on screen (the session's first step, for the patient the link names), against the bare
Tauri 2 window's start-up in the same run and under the same virtual display.

Each app run gets a fresh data folder, so the link begins a new session (a write) every time.
With KEUZEHULP_REPORT_READY set the app prints "mark NAME" lines as it goes and "ready" once
the page has drawn the linked screen; the time each line arrives is taken here, from process
start, so the breakdown shows where the time goes: setup (the shell's setup begins), state
(records, content and catalogue opened), link (the page asks for the waiting link: the page
and its scripts have loaded), view (the session begun and its screen built), texts (the
window's fixed texts), ready (the screen drawn).

Usage: benches/seconds_to_grid.py [--runs N] [--profile release|debug] [--no-build]
Writes target/bench/seconds_to_grid.json and prints the medians and the ratio app / bare.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup_memory import ROOT, binaries, on_session_bus, start_display, stop  # noqa: E402

LINK = "keuzehulp://open?keuzekaart=liesbreuk&patient=Bench-1&modus=spreekkamer&taal=nl"


def run_once(binary, env, args):
    """Milliseconds from process start to each mark line and to "ready"."""
    data = tempfile.mkdtemp(prefix="keuzehulp-bench-")
    env = dict(env, KEUZEHULP_DATA_DIR=data, KEUZEHULP_REPORT_READY="1")
    start = time.perf_counter()
    proc = subprocess.Popen([str(binary), *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    marks = {}
    try:
        deadline = start + 60
        for line in proc.stdout:
            now = (time.perf_counter() - start) * 1000
            if line.startswith("mark "):
                marks.setdefault(line.split()[1], now)
            elif line.startswith("ready"):
                marks["ready"] = now
                break
            if time.perf_counter() > deadline:
                break
        if "ready" not in marks:
            raise RuntimeError(f"{binary} did not report ready")
        return marks
    finally:
        stop(proc, data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--profile", default="release", choices=["release", "debug"])
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()

    on_session_bus()
    target = binaries(args.profile, build=not args.no_build)
    runs = {"bare": (target / "bare-window", []), "app": (target / "keuzehulp", [LINK])}

    xvfb, display = start_display()
    env = dict(os.environ, DISPLAY=display, WEBKIT_DISABLE_COMPOSITING_MODE="1", NO_AT_BRIDGE="1")
    results = {name: [] for name in runs}
    try:
        for binary, extra in runs.values():  # warm the disk cache for both
            run_once(binary, env, extra)
        for _ in range(args.runs):
            for name, (binary, extra) in runs.items():
                results[name].append(run_once(binary, env, extra))
    finally:
        xvfb.terminate()

    bare = statistics.median(r["ready"] for r in results["bare"])
    app = statistics.median(r["ready"] for r in results["app"])
    names = [m for m in ["setup", "state", "link", "view", "texts", "ready"]
             if all(m in r for r in results["app"])]
    breakdown = {m: round(statistics.median(r[m] for r in results["app"]), 1) for m in names}
    print(f"{args.runs} runs each, {args.profile} build, medians from process start")
    print(f"bare Tauri window ready   {bare:8.1f} ms")
    print(f"keuzehulp linked screen   {app:8.1f} ms")
    print(f"ratio app / bare          {app / bare:8.2f}  (goal <= 1.3)")
    print("app breakdown (ms from process start):")
    previous = 0.0
    for m, at in breakdown.items():
        print(f"  {m:<8} {at:8.1f}  (+{at - previous:.1f})")
        previous = at
    out = ROOT / "target" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "seconds_to_grid.json").write_text(json.dumps(
        {"profile": args.profile, "runs": args.runs, "link": LINK, "bare_ms": round(bare, 1),
         "app_ms": round(app, 1), "ratio": round(app / bare, 2), "breakdown": breakdown,
         "raw": results}, indent=2))


if __name__ == "__main__":
    main()
