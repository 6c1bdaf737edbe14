#!/usr/bin/python3
"""Sends FILE to a simulated HL78xx over PORT with python3-xmodem.

usage: xmodem_send.py PORT FILE 1k|128
Exit 0 when the receiver acknowledged the whole file.
"""
import sys

import serial
import xmodem


def main():
    port, path, mode = sys.argv[1:4]
    line = serial.Serial(port, 115200, timeout=1)

    def getc(size, timeout=1):
        line.timeout = timeout
        data = line.read(size)
        return data or None

    def putc(data, timeout=1):
        return line.write(data)

    sender = xmodem.XMODEM1k(getc, putc) if mode == "1k" else xmodem.XMODEM(getc, putc)
    with open(path, "rb") as stream:
        ok = sender.send(stream, retry=30, timeout=10)
    line.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
