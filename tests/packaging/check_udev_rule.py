#!/usr/bin/env python3
"""Checks FotaDesk's udev rule (packaging/70-fotadesk-modems.rules).

Usage: check_udev_rule.py RULES_FILE

Fails (exit 1, one message per problem, as file:line) when a rule line:
  - cannot be parsed: unbalanced quotes, an unknown key or operator, a
    missing comma between keys (or no space after one, which udevadm verify
    reports as a style issue);
  - assigns ENV{ID_MM_DEVICE_IGNORE} or ENV{ID_MM_PORT_IGNORE} without an
    exact ATTRS{idVendor}== and ATTRS{idProduct}== match (four lower-case hex
    digits, as sysfs writes them): a whole-vendor match would take the data
    ports of every modem of that maker away from ModemManager;
  - assigns ENV{ID_MM_PORT_IGNORE} without matching an interface number
    (ATTRS{bInterfaceNumber}== or a private ENV{.NAME}== that an earlier
    line copies from $attr{bInterfaceNumber});
  - jumps (GOTO) to a LABEL that does not follow it, or has a LABEL that no
    GOTO uses.
Before that, the checker runs itself on a few broken samples (the old
whole-vendor rule among them) and exits 2 if it does not reject them.
When udevadm has a "verify" subcommand (systemd 253 and later), it also runs
"udevadm verify" on the file; older udevadm (Debian 12 has 252) or none at all
is skipped without a word.
"""
import os
import re
import shutil
import subprocess
import sys

IGNORE_TAGS = ("ID_MM_DEVICE_IGNORE", "ID_MM_PORT_IGNORE")

MATCH_OPS = ("==", "!=")
ASSIGN_OPS = ("=", "+=", "-=", ":=")
# Key -> (takes {attribute}, allowed operators), after udev(7).
KEYS = {
    "ACTION": (False, MATCH_OPS),
    "DEVPATH": (False, MATCH_OPS),
    "KERNEL": (False, MATCH_OPS),
    "KERNELS": (False, MATCH_OPS),
    "SUBSYSTEM": (False, MATCH_OPS),
    "SUBSYSTEMS": (False, MATCH_OPS),
    "DRIVER": (False, MATCH_OPS),
    "DRIVERS": (False, MATCH_OPS),
    "TAGS": (False, MATCH_OPS),
    "RESULT": (False, MATCH_OPS),
    "ATTR": (True, MATCH_OPS + ("=",)),
    "ATTRS": (True, MATCH_OPS),
    "SYSCTL": (True, MATCH_OPS + ("=",)),
    "ENV": (True, MATCH_OPS + ("=", "+=")),
    "CONST": (True, MATCH_OPS),
    "TEST": (True, MATCH_OPS),
    "PROGRAM": (False, MATCH_OPS + ("=",)),
    "IMPORT": (True, MATCH_OPS + ("=",)),
    "NAME": (False, MATCH_OPS + ("=", ":=")),
    "SYMLINK": (False, MATCH_OPS + ASSIGN_OPS),
    "TAG": (False, MATCH_OPS + ("=", "+=", "-=")),
    "OWNER": (False, ("=", ":=")),
    "GROUP": (False, ("=", ":=")),
    "MODE": (False, ("=", ":=")),
    "SECLABEL": (True, ("=", "+=")),
    "OPTIONS": (False, ("=", "+=", ":=")),
    "RUN": (True, ("=", "+=", ":=")),  # RUN{program}, RUN{builtin}, or plain RUN
    "LABEL": (False, ("=",)),
    "GOTO": (False, ("=",)),
}
OPTIONAL_ATTR = {"RUN"}

TOKEN = re.compile(
    r'(?P<key>[A-Z_]+)(?:\{(?P<attr>[^{}"]*)\})?'
    r'(?P<op>==|!=|\+=|-=|:=|=)'
    r'"(?P<value>(?:[^"\\]|\\.)*)"')
OP_LIKE = re.compile(r'[=!+\-:<>~]+')
HEX4 = re.compile(r"[0-9a-f]{4}")
WILDCARD = re.compile(r"[*?\[]")


class Rule:
    def __init__(self, line, tokens):
        self.line = line
        self.tokens = tokens  # [(key, attr, op, value)]

    def matches(self, key, attr=None):
        return [t for t in self.tokens if t[0] == key and (attr is None or t[1] == attr) and t[2] == "=="]

    def assigns(self, key, attr=None):
        return [t for t in self.tokens if t[0] == key and (attr is None or t[1] == attr) and t[2] in ASSIGN_OPS]


def logical_lines(text):
    """(first physical line number, text) per rule, joining backslash continuations."""
    pending, start = "", None
    for number, raw in enumerate(text.splitlines(), 1):
        if start is None:
            start = number
        if raw.endswith("\\"):
            pending += raw[:-1]
            continue
        pending += raw
        yield start, pending
        pending, start = "", None
    if start is not None:
        yield start, pending + "\\"  # a continuation at the end of the file


def tokenize(text, errors, where):
    tokens, pos, first = [], 0, True
    while True:
        commas = 0
        ws_after = False
        while pos < len(text) and text[pos] in " \t,":
            if text[pos] == ",":
                commas += 1
                ws_after = False
            else:
                ws_after = True
            pos += 1
        if pos >= len(text):
            if commas:
                errors.append(f"{where}: stray comma at the end of the rule")
            return tokens
        if not first:
            if commas == 0:
                errors.append(f"{where}: a comma is expected between keys (column {pos + 1})")
            elif commas > 1:
                errors.append(f"{where}: more than one comma between keys (column {pos + 1})")
            elif not ws_after:
                errors.append(f"{where}: a space is expected after the comma (column {pos + 1})")
        elif commas:
            errors.append(f"{where}: stray comma at the start of the rule")
        m = TOKEN.match(text, pos)
        if not m:
            rest = text[pos:]
            head = re.match(r'[A-Z_]+(?:\{[^{}"]*\})?', rest)
            after = rest[head.end():] if head else rest
            op = OP_LIKE.match(after)
            if rest.count('"') % 2:
                errors.append(f"{where}: unbalanced quotes in: {rest.strip()}")
            elif head and op and op.group(0) not in MATCH_OPS + ASSIGN_OPS:
                errors.append(f"{where}: unknown operator {op.group(0)!r} in: {rest.strip()}")
            else:
                errors.append(f"{where}: cannot parse: {rest.strip()}")
            return None
        key, attr, op, value = m.group("key", "attr", "op", "value")
        if key not in KEYS:
            errors.append(f"{where}: unknown key {key}")
            return None
        takes_attr, ops = KEYS[key]
        if attr is not None and not takes_attr:
            errors.append(f"{where}: {key} takes no {{attribute}}")
        if attr is None and takes_attr and key not in OPTIONAL_ATTR:
            errors.append(f"{where}: {key} needs an {{attribute}}")
        if op not in ops:
            errors.append(f"{where}: operator {op} is not valid for {key}")
        tokens.append((key, attr, op, value))
        pos, first = m.end(), False


def exact_hex4(tokens):
    """True when every token's value is one or more exact 4-digit lower-case hex ids."""
    return bool(tokens) and all(
        all(HEX4.fullmatch(v) for v in t[3].split("|")) and not WILDCARD.search(t[3]) for t in tokens)


def check(text, name):
    errors, rules = [], []
    for line, body in logical_lines(text):
        stripped = body.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            errors.append(f"{name}:{line}: the file ends in a line continuation")
            continue
        tokens = tokenize(stripped, errors, f"{name}:{line}")
        if tokens is not None:
            rules.append(Rule(line, tokens))

    # Private ENV keys a later rule may match as an interface number.
    ifnum_keys = set()
    for rule in rules:
        where = f"{name}:{rule.line}"
        for key, attr, op, value in rule.tokens:
            if key == "ENV" and op in ASSIGN_OPS and "$attr{bInterfaceNumber}" in value:
                ifnum_keys.add(attr)

        for tag in IGNORE_TAGS:
            if not rule.assigns("ENV", tag):
                continue
            vendor = rule.matches("ATTRS", "idVendor") + rule.matches("ATTR", "idVendor")
            product = rule.matches("ATTRS", "idProduct") + rule.matches("ATTR", "idProduct")
            if not vendor or not product:
                errors.append(f"{where}: {tag} without both an idVendor and an idProduct match "
                              f"(a whole-vendor match takes the modems' data ports from ModemManager)")
            elif not exact_hex4(vendor) or not exact_hex4(product):
                errors.append(f"{where}: {tag} needs exact ids: idVendor and idProduct as four "
                              f"lower-case hex digits, no wildcards")
            if tag == "ID_MM_PORT_IGNORE":
                by_attr = rule.matches("ATTRS", "bInterfaceNumber") + rule.matches("ATTR", "bInterfaceNumber")
                by_env = [t for t in rule.matches("ENV") if t[1] in ifnum_keys]
                if not by_attr and not by_env:
                    errors.append(f"{where}: ID_MM_PORT_IGNORE without an interface-number match "
                                  f"(ATTRS{{bInterfaceNumber}}== or an ENV copied from it earlier)")
                for t in by_attr + by_env:
                    if WILDCARD.search(t[3]):
                        errors.append(f"{where}: ID_MM_PORT_IGNORE needs an exact interface number, not {t[3]!r}")
            for t in rule.assigns("ENV", tag):
                if t[3] != "1":
                    errors.append(f"{where}: {tag} is set to {t[3]!r}; ModemManager reads \"1\"")

        for key, attr, op, value in rule.tokens:
            if key == "ENV" and op == "==" and attr and attr.startswith(".") and not any(
                    t[0] == "ENV" and t[1] == attr and t[2] in ASSIGN_OPS
                    for r in rules if r.line < rule.line for t in r.tokens):
                errors.append(f"{where}: ENV{{{attr}}} is matched before any line sets it")

    labels = {}
    for rule in rules:
        for t in rule.tokens:
            if t[0] == "LABEL":
                if t[3] in labels:
                    errors.append(f"{name}:{rule.line}: LABEL {t[3]!r} again (first on line {labels[t[3]]})")
                else:
                    labels[t[3]] = rule.line
    used = set()
    for rule in rules:
        for t in rule.tokens:
            if t[0] != "GOTO":
                continue
            used.add(t[3])
            if t[3] not in labels:
                errors.append(f"{name}:{rule.line}: GOTO {t[3]!r} has no LABEL")
            elif labels[t[3]] < rule.line:
                errors.append(f"{name}:{rule.line}: GOTO {t[3]!r} jumps back to line {labels[t[3]]}; "
                              f"udev only jumps forward")
    for label, line in labels.items():
        if label not in used:
            errors.append(f"{name}:{line}: LABEL {label!r} is not used by any GOTO")
    return errors


# Rule texts the checker must reject, each with a word of the message it must give.
BROKEN_SAMPLES = [
    ('ATTRS{idVendor}=="1bc7", ENV{ID_MM_DEVICE_IGNORE}="1"\n', "idProduct"),
    ('ATTRS{idProduct}=="1201", ENV{ID_MM_DEVICE_IGNORE}="1"\n', "idVendor"),
    ('ATTRS{idVendor}=="1bc7", ATTRS{idProduct}=="12*", ENV{ID_MM_DEVICE_IGNORE}="1"\n', "exact ids"),
    ('ATTRS{idVendor}=="1bc7", ATTRS{idProduct}=="1201", ENV{ID_MM_PORT_IGNORE}="1"\n', "interface-number"),
    ('ATTRS{idVendor}=="1bc7", ATTRS{idProduct}=="1201", ENV{.X}=="04", ENV{ID_MM_PORT_IGNORE}="1"\n',
     "interface-number"),
    ('ATTRS{idVendor}=="1bc7, ENV{ID_MM_DEVICE_IGNORE}="1"\n', "unbalanced quotes"),
    ('ATTRS{idVendor}=~"1bc7", ENV{ID_MM_DEVICE_IGNORE}="1"\n', "unknown operator"),
    ('GOTO="nowhere"\n', "no LABEL"),
    ('LABEL="back"\nGOTO="back"\n', "jumps back"),
    ('ATTRS{idVendor}=="1bc7" ATTRS{idProduct}=="1201", ENV{ID_MM_DEVICE_IGNORE}="1"\n', "comma"),
]
GOOD_SAMPLE = (
    'ACTION=="remove", GOTO="end"\n'
    'SUBSYSTEMS=="usb", ATTRS{bInterfaceNumber}=="?*", ENV{.IF}="$attr{bInterfaceNumber}"\n'
    'ATTRS{idVendor}=="1bc7", ATTRS{idProduct}=="1201", ENV{.IF}=="04", \\\n'
    '  SUBSYSTEM=="tty", ENV{ID_MM_PORT_IGNORE}="1"\n'
    'ATTRS{idVendor}=="1bc7", ATTRS{idProduct}=="9200", ENV{ID_MM_DEVICE_IGNORE}="1"\n'
    'LABEL="end"\n'
)


def self_test():
    problems = []
    for text, word in BROKEN_SAMPLES:
        found = check(text, "sample")
        if not any(word in e for e in found):
            problems.append(f"not rejected ({word!r} expected, got {found}): {text.strip()!r}")
    found = check(GOOD_SAMPLE, "good-sample")
    if found:
        problems.append(f"a good sample was rejected: {found}")
    return problems


def udevadm_verify(path):
    udevadm = shutil.which("udevadm") or next(
        (p for p in ("/usr/bin/udevadm", "/bin/udevadm", "/sbin/udevadm") if os.path.exists(p)), None)
    if not udevadm:
        return []
    try:
        probe = subprocess.run([udevadm, "verify", "--help"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return []
    if probe.returncode != 0:
        return []  # systemd < 253: no "verify"
    result = subprocess.run([udevadm, "verify", "--resolve-names=never", path],
                            capture_output=True, text=True, timeout=30)
    if result.returncode == 0:
        return []
    return [f"udevadm verify failed ({result.returncode}):\n{result.stdout}{result.stderr}".rstrip()]


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    problems = self_test()
    if problems:
        print("check_udev_rule.py is broken:", *problems, sep="\n  ", file=sys.stderr)
        return 2
    path = argv[1]
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        print(f"{path}: {e.strerror}", file=sys.stderr)
        return 1
    errors = check(text, path) + udevadm_verify(path)
    if errors:
        print(*errors, sep="\n", file=sys.stderr)
        print(f"{path}: {len(errors)} problem(s)", file=sys.stderr)
        return 1
    print(f"{path}: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
