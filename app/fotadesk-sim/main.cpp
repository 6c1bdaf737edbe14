// fotadesk-sim: parses the command line and hands over to sim/.
#include "control/controlserver.h"
#include "faults/faultset.h"
#include "packages/simpackage.h"
#include "replay/sessionreplayer.h"
#include "simfleet.h"
#include "simmodule.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocalSocket>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalFd[0], &c, 1);
}

// SIGINT/SIGTERM end the event loop, so links and sockets are removed.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char c;
        [[maybe_unused]] const ssize_t n = ::read(g_signalFd[1], &c, 1);
        app.quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

QString description()
{
    return QCoreApplication::translate("main",
        "Simulated cellular modules on pseudo-terminals, for tests, demos and training.\n"
        "\n"
        "  fotadesk-sim --family F --link PATH [options]   one module\n"
        "  fotadesk-sim --fleet N --dir DIR [options]      N modules, families round-robin,\n"
        "                                                  links DIR/<family>-<n>\n"
        "  fotadesk-sim make-package --family F --model M --from V1 --to V2 --size N -o FILE\n"
        "  fotadesk-sim control --link PATH COMMAND...     talk to a running module\n"
        "  fotadesk-sim --replay FILE --link PATH          play back a module recorded with\n"
        "                                                  fotadesk-cli record\n"
        "\n"
        "Families: telit-pfm, cinterion, simcom-sim7020, sierra-hl78xx.\n"
        "\n"
        "Control socket: DIR/.<link name>.ctl (hidden, so a host scanning DIR/* skips it),\n"
        "a Unix socket taking one command a line and answering one line (OK, ERROR <why>,\n"
        "or JSON for status):\n"
        "  server-request [auto]   the family's server asks for an update (Telit PFM:\n"
        "                          manual request waits 60 s x time scale for AT#OTASUAN=1,\n"
        "                          auto starts at once; HL78xx: AirVantage operation)\n"
        "  fault SPEC | fault clear\n"
        "  reboot                  orderly reboot\n"
        "  unplug MS               power removed for MS milliseconds\n"
        "  status                  link, firmware, rate, faults as JSON\n"
        "  quit                    the simulator process ends\n"
        "e.g.  fotadesk-sim control --link /tmp/modems/telit-pfm-0 server-request\n"
        "      socat - UNIX-CONNECT:/tmp/modems/.telit-pfm-0.ctl\n"
        "\n"
        "Fault SPEC (--fault, repeatable):\n"
        "  noise:RATE            each byte, both directions, replaced with probability RATE\n"
        "  drop:RATE             each byte, both directions, lost with probability RATE\n"
        "  nak-storm:N           the XMODEM receiver NAKs the next N blocks\n"
        "  silent[:MS]           no answers (for MS milliseconds, or until fault clear)\n"
        "  port-loss:PHASE@P%    the port vanishes at P % of xmodem|download|install and the\n"
        "                        module boots again after the reboot time (one shot)\n"
        "  power-cut:PHASE[@P%]  the same as a power cut (default 50 %); installs resume at\n"
        "                        the next boot\n"
        "  bad-checksum          the next integrity check (MD5, SHA-256, signature) fails;\n"
        "                        aliases bad-md5, bad-hash, bad-crc\n"
        "  http:CODE             every download gets HTTP CODE, or reset, or timeout\n"
        "  ipr-ignored           OK to AT+IPR=<rate>, but the rate is only stored and\n"
        "                        applies at the next boot (until fault clear)\n"
        "  line-limit:RATE       above RATE bit/s the module's output reaches the host\n"
        "                        garbled; the host's bytes still get through (until\n"
        "                        fault clear)\n"
        "\n"
        "Strict personality (--strict): never kinder than a real module where the notes\n"
        "leave room. Unknown commands answer +CME ERROR: 100 (\"unknown\" with AT+CMEE=2,\n"
        "ERROR with AT+CMEE=0) instead of ERROR. sierra-hl78xx knows only the note's\n"
        "AT+WSDS (AT+WDSD is unknown). simcom-sim7020 takes at most 1024 bytes per\n"
        "AT+CFLW (a longer write answers ERROR). A host that dies mid-transfer leaves the\n"
        "XMODEM receiver asking ('C' every 3 s, NAK after three, NAK on every 10 s gap)\n"
        "for 5 real minutes, whatever --time-scale says, and the AT+CFLW prompt waiting\n"
        "for its bytes for the command's own <timeout s>: only CAN CAN or the missing\n"
        "bytes bring the module back to commands.\n"
        "\n"
        "Rates: the module answers garbage when the host's rate differs from its own\n"
        "(--baud, AT+IPR); --baud 0 is autobaud. --pace carries bytes at 10 bits a byte.\n"
        "Each family takes only its reference's rates; AT+IPR=? lists them.\n"
        "Identity and firmware live in the state file (--state) when given: it wins over\n"
        "the options; delete it to start over.");
}

int makePackage(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("main", "Writes a simulated firmware package."));
    p.addHelpOption();
    p.addOption({QStringLiteral("family"), QCoreApplication::translate("main", "Module family."), QStringLiteral("F")});
    p.addOption({QStringLiteral("model"), QCoreApplication::translate("main", "Module model."), QStringLiteral("M")});
    p.addOption({QStringLiteral("from"), QCoreApplication::translate("main", "Firmware it applies to."), QStringLiteral("V1")});
    p.addOption({QStringLiteral("to"), QCoreApplication::translate("main", "Firmware it installs."), QStringLiteral("V2")});
    p.addOption({QStringLiteral("size"), QCoreApplication::translate("main", "Total size in bytes."), QStringLiteral("N"), QStringLiteral("4096")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("main", "Output file."), QStringLiteral("FILE")});
    p.process(arguments);
    QTextStream err(stderr);
    const Family family = familyFromId(p.value(QStringLiteral("family")));
    bool sizeOk = false;
    const qint64 size = p.value(QStringLiteral("size")).toLongLong(&sizeOk);
    if (family == Family::Unknown || p.value(QStringLiteral("model")).isEmpty()
        || p.value(QStringLiteral("from")).isEmpty() || p.value(QStringLiteral("to")).isEmpty()
        || !sizeOk || size < 0 || p.value(QStringLiteral("output")).isEmpty()) {
        err << QCoreApplication::translate("main", "make-package needs --family, --model, --from, --to, --size and -o\n");
        return 2;
    }
    QSaveFile out(p.value(QStringLiteral("output")));
    if (!out.open(QIODevice::WriteOnly)
        || out.write(SimPackage::make(family, p.value(QStringLiteral("model")), p.value(QStringLiteral("from")),
                                      p.value(QStringLiteral("to")), size)) < 0
        || !out.commit()) {
        err << out.errorString() << '\n';
        return 3;
    }
    return 0;
}

int control(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("main", "Sends one command to a running module."));
    p.addHelpOption();
    p.addOption({QStringLiteral("link"), QCoreApplication::translate("main", "The module's link path."), QStringLiteral("PATH")});
    p.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("main", "e.g. server-request, fault noise:0.01, reboot, unplug 2000, status, quit"));
    p.process(arguments);
    QTextStream out(stdout), err(stderr);
    if (p.value(QStringLiteral("link")).isEmpty() || p.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("main", "control needs --link PATH and a command\n");
        return 2;
    }
    // Event-driven: connect, send the line, print the one-line answer; one
    // deadline covers it all.
    QLocalSocket socket;
    int code = -1;
    auto end = [&](int result) {
        if (code >= 0)
            return; // the first outcome stands (the server closes after answering)
        code = result;
        QCoreApplication::exit(result);
    };
    QObject::connect(&socket, &QLocalSocket::connected, &socket, [&] {
        socket.write(p.positionalArguments().join(QLatin1Char(' ')).toUtf8() + '\n');
    });
    QObject::connect(&socket, &QLocalSocket::readyRead, &socket, [&] {
        if (!socket.canReadLine())
            return;
        const QByteArray answer = socket.readLine().trimmed();
        out << answer << Qt::endl;
        end(answer.startsWith("ERROR") ? 1 : 0);
    });
    QObject::connect(&socket, &QLocalSocket::errorOccurred, &socket, [&] {
        err << socket.errorString() << Qt::endl;
        end(3);
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &socket, [&] {
        err << QCoreApplication::translate("main", "no answer\n") << Qt::flush;
        end(4);
    });
    deadline.start(8000);
    // From inside the loop: a bad path fails at once, and exit() only ends a running loop.
    const QString server = SimModule::controlPathFor(p.value(QStringLiteral("link")));
    QTimer::singleShot(0, &socket, [&] { socket.connectToServer(server); });
    QCoreApplication::exec();
    return code;
}

int replay(QCoreApplication &app, const QString &file, const QString &link, double timeScale, const QString &match)
{
    QTextStream out(stdout), err(stderr);
    if (link.isEmpty() || (match != QLatin1String("order") && match != QLatin1String("command"))) {
        err << QCoreApplication::translate("main", "--replay FILE needs --link PATH; --replay-match is order or command\n");
        return 2;
    }
    const SessionRecording::Loaded recording = SessionRecording::load(file);
    if (!recording.error.isEmpty()) {
        err << recording.error << '\n';
        return 3;
    }
    SessionReplayer::Options options;
    options.link = link;
    options.timeScale = timeScale;
    options.match = match == QLatin1String("command") ? SessionReplayer::Match::Command : SessionReplayer::Match::Order;
    SessionReplayer replayer(recording.events, options);
    QObject::connect(&replayer, &SessionReplayer::diverged, &replayer,
                     [&err](const QString &what) { err << "replay: " << what << Qt::endl; });
    QString why;
    if (!replayer.start(&why)) {
        err << why << '\n';
        return 3;
    }
    out << "replay " << link << ' ' << recording.events.size() << " events from " << file << Qt::endl;
    const int rc = app.exec();
    out << "replay answered " << replayer.answered() << " commands, " << replayer.divergences()
        << " divergences" << Qt::endl;
    return rc;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fotadesk-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("make-package"))
        return makePackage(args.mid(0, 1) + args.mid(2));
    if (args.value(1) == QLatin1String("control"))
        return control(args.mid(0, 1) + args.mid(2));

    QCommandLineParser p;
    p.setApplicationDescription(description());
    p.addHelpOption();
    p.addVersionOption();
    auto tr = [](const char *t) { return QCoreApplication::translate("main", t); };
    p.addOptions({
        {QStringLiteral("family"), tr("telit-pfm, cinterion, simcom-sim7020 or sierra-hl78xx."), QStringLiteral("F")},
        {QStringLiteral("link"), tr("Symlink to publish for the pty slave."), QStringLiteral("PATH")},
        {QStringLiteral("fleet"), tr("Start N modules (with --dir)."), QStringLiteral("N")},
        {QStringLiteral("dir"), tr("Folder of the fleet's links and state files."), QStringLiteral("DIR")},
        {QStringLiteral("imei"), tr("IMEI (default: a valid one per family)."), QStringLiteral("N")},
        {QStringLiteral("imsi"), tr("IMSI."), QStringLiteral("N")},
        {QStringLiteral("iccid"), tr("ICCID."), QStringLiteral("N")},
        {QStringLiteral("serial"), tr("Serial number."), QStringLiteral("S")},
        {QStringLiteral("manufacturer"), tr("Manufacturer (AT+CGMI)."), QStringLiteral("M")},
        {QStringLiteral("model"), tr("Model (AT+CGMM)."), QStringLiteral("M")},
        {QStringLiteral("firmware"), tr("Firmware version (AT+CGMR)."), QStringLiteral("V")},
        {QStringLiteral("baud"), tr("Module rate; 0 = autobaud."), QStringLiteral("N"), QStringLiteral("115200")},
        {QStringLiteral("pace"), tr("Carry bytes at 10 bits a byte of the current rate.")},
        {QStringLiteral("fault"), tr("Inject a fault (repeatable; grammar above)."), QStringLiteral("SPEC")},
        {QStringLiteral("sim-pin"), tr("The SIM asks for this PIN after every boot."), QStringLiteral("PIN")},
        {QStringLiteral("ota-package"), tr("The package the family's OTA server offers."), QStringLiteral("FILE")},
        {QStringLiteral("state"), tr("JSON state file (identity, firmware, settings)."), QStringLiteral("FILE")},
        {QStringLiteral("reenumerate"), tr("Come back after a reboot at PATH.r<n>.")},
        {QStringLiteral("reboot-ms"), tr("How long the port is gone during a reboot."), QStringLiteral("MS"), QStringLiteral("1500")},
        {QStringLiteral("time-scale"), tr("Multiplies protocol timers (0.01 = 100x faster)."), QStringLiteral("X"), QStringLiteral("1")},
        {QStringLiteral("partition-size"), tr("SIM7020 FOTA partition in bytes."), QStringLiteral("N"), QStringLiteral("1048576")},
        {QStringLiteral("flash-write-ms"), tr("Flash write time per XMODEM block or AT+CFLW chunk."), QStringLiteral("MS"), QStringLiteral("0")},
        {QStringLiteral("replay"), tr("Play back a recording (fotadesk-cli record) at --link; --time-scale scales its timing."), QStringLiteral("FILE")},
        {QStringLiteral("replay-match"), tr("How commands find their recorded answer: order (default: the recorded sequence, skipping what the host no longer sends) or command (the first unplayed answer to that command anywhere)."), QStringLiteral("HOW"), QStringLiteral("order")},
        {QStringLiteral("strict"), tr("The strict personality (see above): +CME ERROR for unknown commands, AT+WSDS only, 1024-byte AT+CFLW, data phases left waiting.")},
    });
    p.process(app);
    QTextStream out(stdout), err(stderr);

    SimModuleConfig base;
    bool ok = true;
    auto number = [&](const char *name) {
        bool good = false;
        const double v = p.value(QLatin1String(name)).toDouble(&good);
        ok = ok && good;
        return v;
    };
    base.baud = qint32(number("baud"));
    base.rebootTime = std::chrono::milliseconds(qint64(number("reboot-ms")));
    base.timeScale = number("time-scale");
    base.flashPartitionSize = qint64(number("partition-size"));
    base.flashWrite = std::chrono::milliseconds(qint64(number("flash-write-ms")));
    base.pace = p.isSet(QStringLiteral("pace"));
    base.reenumerate = p.isSet(QStringLiteral("reenumerate"));
    base.strict = p.isSet(QStringLiteral("strict"));
    base.faults = p.values(QStringLiteral("fault"));
    base.simPin = p.value(QStringLiteral("sim-pin"));
    base.otaPackage = p.value(QStringLiteral("ota-package"));
    if (!ok || base.timeScale < 0 || base.flashWrite.count() < 0) {
        err << tr("numbers expected for --baud, --reboot-ms, --time-scale, --partition-size, --flash-write-ms\n");
        return 2;
    }
    for (const QString &spec : std::as_const(base.faults)) {
        QString why;
        if (!FaultSet::isValid(spec, &why)) {
            err << why << '\n';
            return 2;
        }
    }
    quitOnSignals(app);

    if (p.isSet(QStringLiteral("replay")))
        return replay(app, p.value(QStringLiteral("replay")), p.value(QStringLiteral("link")), base.timeScale,
                      p.value(QStringLiteral("replay-match")));

    auto announce = [&out](SimModule *m) {
        out << familyId(m->config().family) << ' ' << m->currentLink() << " imei " << m->config().imei
            << " firmware " << m->firmware() << Qt::endl;
        QObject::connect(m, &SimModule::linkChanged, m, [&out, m](const QString &link) {
            out << familyId(m->config().family) << ' ' << link << " (re-enumerated)" << Qt::endl;
        });
    };

    if (p.isSet(QStringLiteral("fleet"))) {
        const int count = p.value(QStringLiteral("fleet")).toInt();
        if (count <= 0 || p.value(QStringLiteral("dir")).isEmpty()) {
            err << tr("--fleet N needs a positive N and --dir DIR\n");
            return 2;
        }
        auto *fleet = new SimFleet(&app);
        QString why;
        if (!fleet->start(p.value(QStringLiteral("dir")), count, base, {}, &why)) {
            err << why << '\n';
            return 3;
        }
        QObject::connect(fleet, &SimFleet::quitRequested, &app, &QCoreApplication::quit);
        for (SimModule *m : fleet->modules())
            announce(m);
        const int rc = app.exec();
        delete fleet;
        return rc;
    }

    base.family = familyFromId(p.value(QStringLiteral("family")));
    base.link = p.value(QStringLiteral("link"));
    if (base.family == Family::Unknown || base.link.isEmpty()) {
        err << tr("give --family F and --link PATH, or --fleet N --dir DIR (see --help)\n");
        return 2;
    }
    base.imei = p.value(QStringLiteral("imei"));
    base.imsi = p.value(QStringLiteral("imsi"));
    base.iccid = p.value(QStringLiteral("iccid"));
    base.serial = p.value(QStringLiteral("serial"));
    base.manufacturer = p.value(QStringLiteral("manufacturer"));
    base.model = p.value(QStringLiteral("model"));
    base.firmware = p.value(QStringLiteral("firmware"));
    base.stateFile = p.value(QStringLiteral("state"));
    auto *module = new SimModule(base, &app);
    QString why;
    if (!module->start(&why)) {
        err << why << '\n';
        return 3;
    }
    QObject::connect(module, &SimModule::quitRequested, &app, &QCoreApplication::quit);
    announce(module);
    const int rc = app.exec();
    delete module;
    return rc;
}
