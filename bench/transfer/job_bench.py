#!/usr/bin/python3
"""Whole local-update jobs on the paced simulator, with and without rate switching.

A 2 MB HL78xx XMODEM job and a 1 MB SIM7020 AT+CFLW job, each started at
115200 baud by the real fotadesk-cli against a paced fotadesk-sim (10 bits a
byte at the module's current rate), once with --max-rate 0 (the line stays
at 115200) and once with --max-rate 921600. Prints, per job, its wall time
split into the line's, the module's and FotaDesk's own share (the job's own
JobTiming), the rate the transfer ran at and its throughput against the
ideal for that rate, and the wall-time ratio of the two runs. The reference
is the run without switching, in the same process. Asserts nothing.

    bench/transfer/job_bench.py BUILD_DIR [--xmodem-size N] [--cflw-size N] [--max-rate BAUD]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

JOBS = [
    # family, model, from, to, method, size option, ideal payload/wire bytes per unit
    ("sierra-hl78xx", "HL7800", "BHL7800.1.6.3.0.20180803", "BHL7800.1.7.0.0.20190101", "xmodem", "xmodem_size", 1024, 1030),
    ("simcom-sim7020", "SIM7020C", "1752B05SIM7020C", "1752B06SIM7020C", "cflw", "cflw_size", 4096, 4096 + 22),
]


def binary(build, name):
    return os.path.join(build, "app", name, name)


def wait_for(path, seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if os.path.exists(path):
            return True
        time.sleep(0.05)
    return False


def run_job(build, job, size, max_rate):
    family, model, base, target, method, _, _, _ = job
    with tempfile.TemporaryDirectory(prefix="job-bench-") as work:
        package = os.path.join(work, "package.bin")
        subprocess.run([binary(build, "fotadesk-sim"), "make-package", "--family", family, "--model", model,
                        "--from", base, "--to", target, "--size", str(size), "-o", package], check=True)
        with open(package + ".json", "w") as manifest:
            json.dump({"family": family, "model": model, "from": base, "to": target}, manifest)
        link = os.path.join(work, "module")
        env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=work, XDG_DATA_HOME=work, QT_LOGGING_RULES="*.debug=false")
        sim = subprocess.Popen([binary(build, "fotadesk-sim"), "--family", family, "--model", model,
                                "--firmware", base, "--link", link, "--baud", "115200", "--pace",
                                "--time-scale", "0.01", "--reboot-ms", "300"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        try:
            if not wait_for(link, 10):
                return {"ok": False, "note": "the simulator did not start"}
            cli = subprocess.run([binary(build, "fotadesk-cli"), "update", link, "--package", package,
                                  "--method", method, "--max-rate", str(max_rate), "--json-events",
                                  "--store", os.path.join(work, "fotadesk.sqlite"), "--no-inhibit"],
                                 capture_output=True, text=True, env=env, timeout=1800)
        finally:
            sim.terminate()
            sim.wait()
        finished = None
        for line in cli.stdout.splitlines():
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if event.get("event") == "finished":
                finished = event
        if not finished:
            return {"ok": False, "note": (cli.stderr.strip().splitlines() or ["no finished event"])[-1]}
        if finished.get("state") != "succeeded":
            return {"ok": False, "note": finished.get("message", "")}
        return {"ok": True, "timing": finished.get("timing", {}), "transfer": finished.get("transfer", {})}


def seconds(ms):
    return "%7.2f" % (ms / 1000.0)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("build")
    parser.add_argument("--xmodem-size", type=int, default=2 * 1024 * 1024)
    parser.add_argument("--cflw-size", type=int, default=1024 * 1024)
    parser.add_argument("--max-rate", type=int, default=921600)
    args = parser.parse_args()

    print("job_bench: whole jobs started at 115200 baud on the paced simulator")
    print("%-22s %-8s %8s %8s %8s %9s %8s %8s %8s" % ("job", "switch", "wall s", "line s", "module s",
                                                    "FotaDesk s", "baud", "B/s", "% ideal"))
    for job in JOBS:
        size = getattr(args, job[5])
        walls = {}
        for label, max_rate in (("off", 0), ("on", args.max_rate)):
            result = run_job(args.build, job, size, max_rate)
            name = "%s %s %d KB" % (job[0].split("-")[-1].upper(), job[4], size // 1024)
            if not result["ok"]:
                print("%-22s %-8s failed: %s" % (name, label, result["note"]))
                continue
            t = result["timing"]
            transfer = result["transfer"]
            baud = int(transfer.get("baud", 115200))
            rate = float(transfer.get("bytesPerSecond", 0))
            ideal = job[6] / (job[7] * 10.0 / baud)
            walls[label] = t.get("wallMs", 0)
            print("%-22s %-8s %8s %8s %8s %9s %8d %8.0f %7.1f%%" % (
                name, label, seconds(t.get("wallMs", 0)), seconds(t.get("wireMs", 0)), seconds(t.get("moduleMs", 0)),
                seconds(t.get("ownMs", 0)), baud, rate, 100.0 * rate / ideal if ideal else 0))
        if walls.get("off"):
            print("%-22s wall time with the switch: %.3f x without (target <= 0.25)"
                  % ("", walls.get("on", 0) / walls["off"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
