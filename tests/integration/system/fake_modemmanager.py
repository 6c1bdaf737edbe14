#!/usr/bin/python3
"""A stand-in for ModemManager on a private bus, for tst_mminhibit.

Owns org.freedesktop.ModemManager1, lists one modem (and a SIM, which is no
modem) through org.freedesktop.DBus.ObjectManager, and answers InhibitDevice
the way ModemManager does: an inhibition belongs to the caller's connection
and is lifted when that connection goes. Every call and every lifting is
appended to the log file, one line each:

    inhibit <uid> true|false <sender>
    vanished <sender> <uid>

Options: --refuse answers InhibitDevice with an authorization error, --delay MS
answers it late.
"""
import argparse
import sys

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

MM = "org.freedesktop.ModemManager1"
MM_PATH = "/org/freedesktop/ModemManager1"
MODEM = "org.freedesktop.ModemManager1.Modem"


class Manager(dbus.service.Object):
    def __init__(self, bus, args):
        super().__init__(bus, MM_PATH)
        self.bus = bus
        self.args = args
        self.held = {}  # sender -> set of uids
        bus.add_signal_receiver(self.owner_changed, signal_name="NameOwnerChanged",
                                dbus_interface="org.freedesktop.DBus", path="/org/freedesktop/DBus")

    def log(self, line):
        with open(self.args.log, "a") as f:
            f.write(line + "\n")

    def owner_changed(self, name, old, new):
        if name.startswith(":") and not new and name in self.held:
            for uid in sorted(self.held.pop(name)):
                self.log("vanished %s %s" % (name, uid))

    @dbus.service.method("org.freedesktop.DBus.ObjectManager", out_signature="a{oa{sa{sv}}}")
    def GetManagedObjects(self):
        ports = dbus.Array([dbus.Struct((p, dbus.UInt32(3 if i == 0 else 4)), signature="su")
                            for i, p in enumerate(self.args.port)], signature="(su)")
        modem = {
            MODEM: dbus.Dictionary({
                "Device": dbus.String(self.args.device),
                "Ports": ports,
                "IgnoredPorts": dbus.Array([dbus.Struct((p, dbus.UInt32(9)), signature="su")
                                            for p in self.args.ignored_port], signature="(su)"),
                "PrimaryPort": dbus.String(self.args.port[0]),
                "Manufacturer": dbus.String("Telit"),
            }, signature="sv"),
            "org.freedesktop.ModemManager1.Modem.Modem3gpp": dbus.Dictionary(
                {"Imei": dbus.String("356938035643809")}, signature="sv"),
        }
        sim = {"org.freedesktop.ModemManager1.Sim": dbus.Dictionary(
            {"SimIdentifier": dbus.String("89490200001234567890")}, signature="sv")}
        return dbus.Dictionary({
            dbus.ObjectPath(MM_PATH + "/SIM/0"): sim,
            dbus.ObjectPath(MM_PATH + "/Modem/0"): modem,
        }, signature="oa{sa{sv}}")

    @dbus.service.method(MM, in_signature="sb", out_signature="", sender_keyword="sender",
                         async_callbacks=("reply", "error"))
    def InhibitDevice(self, uid, inhibit, sender=None, reply=None, error=None):
        self.log("inhibit %s %s %s" % (uid, "true" if inhibit else "false", sender))

        def answer():
            if self.args.refuse:
                error(dbus.exceptions.DBusException(
                    "Not authorized to control the device", name="org.freedesktop.ModemManager1.Error.Core.Unauthorized"))
            elif uid != self.args.device:
                error(dbus.exceptions.DBusException(
                    "No such device", name="org.freedesktop.ModemManager1.Error.Core.NotFound"))
            else:
                if inhibit:
                    self.held.setdefault(sender, set()).add(uid)
                else:
                    self.held.get(sender, set()).discard(uid)
                reply()
            return False

        if self.args.delay > 0:
            GLib.timeout_add(self.args.delay, answer)
        else:
            answer()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--address", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--port", action="append", required=True)
    # A port MM lists as ignored (udev's ID_MM_PORT_IGNORE), type 9.
    parser.add_argument("--ignored-port", action="append", default=[])
    parser.add_argument("--device", default="/sys/devices/pci0000:00/0000:00:14.0/usb1/1-4")
    parser.add_argument("--refuse", action="store_true")
    parser.add_argument("--delay", type=int, default=0)
    args = parser.parse_args()

    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.bus.BusConnection(args.address)
    name = dbus.service.BusName(MM, bus, do_not_queue=True)
    manager = Manager(bus, args)
    print("ready", flush=True)
    loop = GLib.MainLoop()
    # The test ends it by closing stdin (or killing it).
    GLib.io_add_watch(sys.stdin, GLib.IO_HUP | GLib.IO_IN, lambda *a: loop.quit() or False)
    loop.run()
    del name, manager


if __name__ == "__main__":
    main()
