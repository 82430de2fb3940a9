#!/usr/bin/env python3
"""Start-up time and memory of the keuzehulp app against a bare Tauri 2 window, in one run.

Three variants are started in turn under the same virtual display: the bare window, the app
with its 8 built-in grids, and the app with a data folder holding an installed catalogue of
15,000 synthetic modules (written once by `examples/synthetic_library.rs` under target/bench/).
The goal for the library: start-up with 15,000 installed at most 1.05x start-up with the 8.
With --install, the release app is also started with `--open` on the 15,000-module bundle and
the time until the install (shown in the window with its progress bar) has committed is taken. Start-up is the time from
process start to the line "ready" that each window's page triggers once it has drawn (for the
app: the start screen with its conditions). Memory is taken 1.5 s later over the whole process
tree (the app and its WebKit processes): RSS, and PSS which shares library pages fairly.

Usage: benches/startup_memory.py [--runs N] [--profile release|debug] [--modules N] [--install]
Writes target/bench/startup_memory.json and prints a table with ratios app / bare and
app-15000 / app.
"""

import argparse
import json
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def children(pid):
    """All descendants of pid, from /proc."""
    kids = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        kids.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def memory_kib(pid):
    """(RSS, PSS) in KiB summed over pid and its descendants."""
    rss = pss = 0
    for p in children(pid):
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            pass
    return rss, pss


def run_once(binary, env, seed=None, args=(), until="ready"):
    """Start binary on a fresh data folder (a copy of seed when given, copied before the clock
    starts); the time until a line starting with `until`, and memory 1.5 s later."""
    data = tempfile.mkdtemp(prefix="keuzehulp-bench-")
    if seed is not None:
        shutil.copytree(seed, data, dirs_exist_ok=True)
    env = dict(env, KEUZEHULP_DATA_DIR=data, KEUZEHULP_REPORT_READY="1")
    start = time.perf_counter()
    proc = subprocess.Popen([str(binary), *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    try:
        deadline = start + 600
        ready = None
        for line in proc.stdout:
            if line.startswith("install failed"):
                raise RuntimeError(f"{binary}: {line.strip()}")
            if line.startswith(until):
                ready = time.perf_counter() - start
                if until != "ready":
                    print(f"  {line.strip()}")
                break
            if time.perf_counter() > deadline:
                break
        if ready is None:
            raise RuntimeError(f"{binary} did not report {until!r}")
        time.sleep(1.5)
        rss, pss = memory_kib(proc.pid)
        return ready * 1000, rss / 1024, pss / 1024
    finally:
        stop(proc, data)


def stop(proc, data):
    """End a run's process group (SIGTERM, SIGKILL after 10 s) and remove its data folder."""
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    shutil.rmtree(data, ignore_errors=True)


def start_display():
    """Start Xvfb on a display it chooses itself (-displayfd): it writes the number once it
    accepts connections. Lock files in /tmp are not consulted; stale ones collect on machines
    that keep /tmp between runs."""
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24",
                             "-nolisten", "tcp"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    ready, _, _ = select.select([xvfb.stdout], [], [], 20)
    line = xvfb.stdout.readline().decode().strip() if ready else ""
    if not line.isdigit():
        xvfb.kill()
        sys.exit(f"Xvfb did not report a display within 20 s (it printed {line!r})")
    return xvfb, f":{line}"



def on_session_bus():
    """The single-instance plugin claims a name on the session bus: run under one of our own."""
    if "DBUS_SESSION_BUS_ADDRESS" not in os.environ and shutil.which("dbus-run-session"):
        os.execvp("dbus-run-session", ["dbus-run-session", "--", sys.executable, *sys.argv])


def binaries(profile, build):
    """The folder with the app and the bare window of `profile`, built first when `build`."""
    if build:
        flags = ["--release"] if profile == "release" else []
        subprocess.run(["cargo", "build", *flags, "-p", "keuzehulp-app", "-p", "bare-window"],
                       cwd=ROOT, check=True)
    return Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / profile


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--profile", default="release", choices=["release", "debug"])
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--modules", type=int, default=15000)
    parser.add_argument("--install", action="store_true",
                        help="also time installing the bundle with --open (progress in the window)")
    args = parser.parse_args()

    on_session_bus()
    target = binaries(args.profile, build=not args.no_build)
    library = ROOT / "target" / "bench" / f"synthetic-{args.modules}"
    if not (library / "data" / "library" / "catalogue.sqlite").exists():
        shutil.rmtree(library, ignore_errors=True)
        subprocess.run(["cargo", "run", "--release", "-p", "keuzehulp", "--example", "synthetic_library", "--",
                        str(library), str(args.modules), "650"], cwd=ROOT, check=True)
    large = f"app-{args.modules}"
    variants = {"bare": (target / "bare-window", None), "app": (target / "keuzehulp", None),
                large: (target / "keuzehulp", library / "data")}

    xvfb, display = start_display()
    env = dict(os.environ, DISPLAY=display, WEBKIT_DISABLE_COMPOSITING_MODE="1", NO_AT_BRIDGE="1")
    results = {name: [] for name in variants}
    installs = []
    try:
        for binary, seed in variants.values():  # warm the disk cache for each
            run_once(binary, env, seed)
        for _ in range(args.runs):
            for name, (binary, seed) in variants.items():
                results[name].append(run_once(binary, env, seed))
        if args.install:
            trust_only = Path(tempfile.mkdtemp(prefix="keuzehulp-trust-"))
            shutil.copytree(library / "data" / "trust", trust_only / "trust")
            bundle = library / "bundle.json"
            for _ in range(max(1, args.runs // 3)):
                ms, _, _ = run_once(target / "keuzehulp", env, trust_only,
                                    ["--open", str(bundle)], until="installed")
                installs.append(ms)
            shutil.rmtree(trust_only, ignore_errors=True)
    finally:
        xvfb.terminate()

    def median(name, i):
        return statistics.median(r[i] for r in results[name])

    rows = []
    for i, (label, unit) in enumerate([("start-up", "ms"), ("memory RSS", "MiB"), ("memory PSS", "MiB")]):
        bare, app, big = median("bare", i), median("app", i), median(large, i)
        rows.append({"measure": label, "unit": unit, "bare": round(bare, 1), "app": round(app, 1),
                     large: round(big, 1), "ratio": round(app / bare, 2),
                     "library_ratio": round(big / app, 3)})
    print(f"{args.runs} runs each, {args.profile} build, medians (bare = bare Tauri 2 window, "
          f"app = keuzehulp with its 8 built-in grids, {large} = with {args.modules} modules installed)")
    print(f"{'measure':<12} {'bare':>10} {'app':>10} {large:>11} {'app/bare':>9} {large + '/app':>15}")
    for r in rows:
        print(f"{r['measure']:<12} {r['bare']:>8} {r['unit']:<3}{r['app']:>7} {r['unit']:<3}"
              f"{r[large]:>8} {r['unit']:<3}{r['ratio']:>7} {r['library_ratio']:>15}")
    if installs:
        print(f"install of {args.modules} modules with --open, progress in the window: "
              f"median {statistics.median(installs) / 1000:.1f} s over {len(installs)} "
              f"(process start to commit)")
    out = ROOT / "target" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "startup_memory.json").write_text(json.dumps({"profile": args.profile, "runs": args.runs,
                                                           "rows": rows, "raw": results,
                                                           "install_ms": installs}, indent=2))


if __name__ == "__main__":
    main()
