#!/usr/bin/python3
"""Receives one file with python3-xmodem on a tty: the second real XMODEM peer
for tst_xmodempty. Usage: xmodem_receive.py <tty> <output> [crc|checksum]
Exit status 0 when the library reports success."""
import os
import select
import sys
import termios
import tty

import xmodem


def main():
    device, output = sys.argv[1], sys.argv[2]
    crc = len(sys.argv) < 4 or sys.argv[3] == "crc"
    fd = os.open(device, os.O_RDWR | os.O_NOCTTY)
    tty.setraw(fd, termios.TCSANOW)

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

    modem = xmodem.XMODEM(getc, putc)
    with open(output, "wb") as stream:
        received = modem.recv(stream, crc_mode=1 if crc else 0, retry=16, timeout=10, quiet=1)
    os.close(fd)
    sys.exit(0 if received is not None else 1)


if __name__ == "__main__":
    main()
