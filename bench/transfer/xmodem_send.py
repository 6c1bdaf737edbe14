#!/usr/bin/python3
"""Sends one file with python3-xmodem (XMODEM-1K) on a tty: the reference
sender of bench_transfer. Usage: xmodem_send.py <tty> <file>
Prints "ready" once the tty is set up, then waits for the receiver's 'C'.
Exit status 0 when the library reports success."""
import os
import select
import sys
import termios
import tty

import xmodem


def main():
    device, path = sys.argv[1], sys.argv[2]
    fd = os.open(device, os.O_RDWR | os.O_NOCTTY)
    tty.setraw(fd, termios.TCSANOW)  # keeps the rate the bench set

    def getc(size, timeout=1):
        data = b""
        while len(data) < size:
            ready, _, _ = select.select([fd], [], [], timeout)
            if not ready:
                return None
            data += os.read(fd, size - len(data))
        return data

    def putc(data, timeout=1):
        return os.write(fd, data)

    modem = xmodem.XMODEM1k(getc, putc)
    print("ready", flush=True)
    with open(path, "rb") as stream:
        # The module's "OK" before its 'C' counts as a few errors: allow them.
        ok = modem.send(stream, retry=32, timeout=10, quiet=True)
    os.close(fd)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
