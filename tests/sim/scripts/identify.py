#!/usr/bin/python3
"""Reads the identity of simulated modules with python3-serial.

usage: identify.py FAMILY=PORT...
Prints one JSON object a line: family, port, manufacturer, model, firmware,
imei, imsi, iccid, serial; exits 1 when a module does not answer.
"""
import json
import re
import sys
import time

import serial

ICCID = {
    "telit-pfm": ("AT#CCID", r"#CCID: (\d+)"),
    "cinterion": ("AT^SCID", r"\^SCID: (\d+)"),
    "simcom-sim7020": ("AT+CCID", r"(\d{18,20})"),
    "sierra-hl78xx": ("AT+CCID", r"\+CCID: (\d+)"),
}


def command(line, text, deadline=5.0):
    line.write(text.encode() + b"\r")
    answer = b""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        answer += line.read(256)
        lines = [l.strip() for l in answer.decode("latin-1").splitlines() if l.strip()]
        if lines and (lines[-1] in ("OK", "ERROR") or lines[-1].startswith("+CME ERROR")):
            return [l for l in lines[:-1] if l != text]
    raise RuntimeError("no answer to " + text)


def first(lines, pattern):
    for l in lines:
        m = re.fullmatch(pattern, l)
        if m:
            return m.group(1)
    return ""


def main():
    for arg in sys.argv[1:]:
        family, port = arg.split("=", 1)
        with serial.Serial(port, 115200, timeout=0.1) as line:
            command(line, "ATE0")
            info = {"family": family, "port": port}
            info["manufacturer"] = command(line, "AT+CGMI")[-1]
            info["model"] = command(line, "AT+CGMM")[-1]
            rev = command(line, "AT+CGMR")[-1]
            info["firmware"] = rev[len("REVISION "):] if rev.startswith("REVISION ") else rev
            info["imei"] = first(command(line, "AT+CGSN"), r"(\d{15})")
            info["imsi"] = first(command(line, "AT+CIMI"), r"(\d{15})")
            cmd, pattern = ICCID[family]
            info["iccid"] = first(command(line, cmd), pattern)
            info["serial"] = first(command(line, "AT+KGSN=3"), r"\+KGSN: (\S+)") if family == "sierra-hl78xx" else ""
            print(json.dumps(info), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
