#include "telitdialect.h"

#include "command/atinterpreter.h"
#include "http/simulateddownload.h"
#include "packages/simpackage.h"
#include "simmoduleconfig.h"
#include "state/simstate.h"

#include <QRegularExpression>

using namespace std::chrono_literals;

namespace {

const QString kPhase = QStringLiteral("telit.phase"); // "", downloading, installing, upgraded
const QString kRegistered = QStringLiteral("telit.registered"); // "", sms, ip
const QString kUrc = QStringLiteral("telit.otaev");

// Settings a user may change that the update wipes (anything not kept).
const QStringList kVolatileSettings = {
    QStringLiteral("#SLED"), QStringLiteral("#NITZ"), QStringLiteral("#DIALMODE"),
    QStringLiteral("#SIMDET"), QStringLiteral("#PSNT"), QStringLiteral("#QSS"),
    QStringLiteral("#E2SLRI"), QStringLiteral("#V24CFG"), QStringLiteral("#CFLO"),
    QStringLiteral("+CMGF"), QStringLiteral("+CSCS"), QStringLiteral("+CNMI"),
    QStringLiteral("#SLEDSAV"), QStringLiteral("#GPIO"), QStringLiteral("#SMOV"),
};
const QStringList kIndexed = {QStringLiteral("+CGDCONT"), QStringLiteral("#SCFG"),
                              QStringLiteral("#SCFGEXT"), QStringLiteral("#SGACTCFG")};

struct Version
{
    int major = 0;
    int build = 0; // last digit of the build field
    bool valid = false;
};

Version parseVersion(const QString &firmware)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const auto m = re.match(firmware);
    if (!m.hasMatch())
        return {};
    Version v;
    v.valid = true;
    v.major = m.captured(1).toInt();
    const QString last = m.captured(4).isEmpty() ? m.captured(3) : m.captured(4);
    v.build = last.right(1).toInt();
    return v;
}

} // namespace

TelitDialect::TelitDialect(ModemContext &context, QObject *parent)
    : Dialect(context, parent)
{
    m_answerWindow.setSingleShot(true);
    connect(&m_answerWindow, &QTimer::timeout, this, [this] { m_requestPending = false; });
}

QStringList TelitDialect::keptSettings()
{
    return {
        QStringLiteral("#ESCRIPT"), QStringLiteral("#STARTMODESCR"), QStringLiteral("#CMUXSCR"),
        QStringLiteral("#BND"), QStringLiteral("#AUTOBND"), QStringLiteral("#ENS"),
        QStringLiteral("#SMSMODE"), QStringLiteral("#SELINT"), QStringLiteral("#COPSMODE"),
        QStringLiteral("#ENHSIM"), QStringLiteral("+COPS"), QStringLiteral("#SMSATRUNCFG"),
        QStringLiteral("#SMSATWL"), QStringLiteral("#TCPATRUNCFG"), QStringLiteral("#TCPATRUNFRWL"),
        QStringLiteral("#TCPATRUNAUTH"), QStringLiteral("+CGDCONT"), QStringLiteral("#GSMCONT"),
        QStringLiteral("#DNS"), QStringLiteral("#SGACTCFG"), QStringLiteral("#SKTSAV"),
        QStringLiteral("#SKTRST"), QStringLiteral("#SCFG"), QStringLiteral("#SCFGEXT"),
        QStringLiteral("+IPR"), QStringLiteral("#STIA"), QStringLiteral("#PORTCFG"),
        QStringLiteral("+WS46"), QStringLiteral("#ENAEVMONI"), QStringLiteral("#ENAEVMONICFG"),
        QStringLiteral("#EVMONI"),
    };
}

bool TelitDialect::supportsCombined(const QString &firmware)
{
    const Version v = parseVersion(firmware);
    if (!v.valid)
        return false;
    if (v.major == 10)
        return v.build >= 3;
    if (v.major == 12 || v.major == 13)
        return v.build >= 2;
    return v.major > 13;
}

bool TelitDialect::supportsTcpOnly(const QString &firmware)
{
    const Version v = parseVersion(firmware);
    if (!v.valid)
        return false;
    if (v.major == 10)
        return v.build >= 4;
    if (v.major == 12 || v.major == 13)
        return v.build >= 2;
    return v.major > 13;
}

void TelitDialect::event(const char *text)
{
    if (ctx().state().flag(kUrc, true))
        ctx().urc(QByteArray("#OTAEV: ") + text);
}

void TelitDialect::boot(BootReason reason)
{
    Q_UNUSED(reason);
    SimState &s = ctx().state();
    const QString phase = s.text(kPhase);
    if (phase == QLatin1String("installing")) {
        // Power lost while flashing is safe: the module goes on where it was.
        install(int(s.number(QStringLiteral("telit.installPercent"), 0)));
    } else if (phase == QLatin1String("downloading")) {
        s.setText(kPhase, {});
        after(2s, [this] { event("OTA FW Upgrade Failed"); });
    } else if (phase == QLatin1String("upgraded")) {
        s.setText(kPhase, {});
        after(3s, [this] {
            event("Module Upgraded To New FW");
            after(2s, [this] { event("Server notified about successful FW Upgrade"); });
        });
    }
}

bool TelitDialect::serverRequest(bool automatic)
{
    SimState &s = ctx().state();
    if (s.text(kRegistered).isEmpty() || serverPackage().isEmpty() || !s.text(kPhase).isEmpty()
        || m_requestPending)
        return false;
    if (automatic) {
        event("Automatic Fw Upgrade Requested");
        after(1s, [this] { startDownload(); });
        return true;
    }
    event("Do you want to upgrade the firmware?");
    m_requestPending = true;
    m_answerWindow.start(ctx().scaled(60s));
    return true;
}

void TelitDialect::registerLater(const QString &how)
{
    after(3s, [this, how] {
        ctx().state().setText(kRegistered, how);
        event("Registered");
    });
}

void TelitDialect::startDownload()
{
    SimState &s = ctx().state();
    const QByteArray pkg = serverPackage();
    if (pkg.isEmpty()) {
        event("Notified");
        return;
    }
    s.setText(kPhase, QStringLiteral("downloading"));
    event("Start Fw Download");
    if (!ctx().faults().httpFault().isEmpty()) {
        after(2s, [this] {
            ctx().state().setText(kPhase, {});
            event("OTA FW Upgrade Failed");
        });
        return;
    }
    // GPRS at a few kB/s: a delta of 100 kB takes about a minute.
    const auto duration = std::chrono::milliseconds(10000 + pkg.size() / 2);
    m_download = new SimulatedDownload(pkg.size(), 0, ctx().scaled(duration), this);
    connect(m_download, &SimulatedDownload::progress, this, [this](qint64 got, qint64 total) {
        if (!ctx().checkpoint(FaultSet::Phase::Download, int(got * 100 / total)))
            return;
    });
    connect(m_download, &SimulatedDownload::finished, this, [this, pkg] {
        event("Fw Download Complete");
        const bool corrupt = ctx().faults().takeBadChecksum();
        if (corrupt || !packageApplies(pkg)) {
            ctx().state().setText(kPhase, {});
            after(2s, [this] { event("OTA FW Upgrade Failed"); });
            return;
        }
        ctx().state().setText(QStringLiteral("telit.target"), SimPackage::parse(pkg)->to);
        ctx().state().setNumber(QStringLiteral("telit.installPercent"), 0);
        ctx().state().setText(kPhase, QStringLiteral("installing"));
        after(1s, [this] { install(0); });
    });
    m_download->start();
}

void TelitDialect::install(int fromPercent)
{
    // Validation and flashing: the AT interface is frozen, nothing answers.
    ctx().interpreter().setFrozen(true);
    installStep(fromPercent);
}

void TelitDialect::installStep(int percent)
{
    SimState &s = ctx().state();
    s.setNumber(QStringLiteral("telit.installPercent"), percent);
    if (!ctx().checkpoint(FaultSet::Phase::Install, percent))
        return;
    if (percent >= 100) {
        ctx().setFirmware(s.text(QStringLiteral("telit.target")));
        resetNv();
        s.setText(kPhase, QStringLiteral("upgraded"));
        ctx().reboot(BootReason::Reboot);
        return;
    }
    after(2s, [this, percent] { installStep(percent + 10); });
}

void TelitDialect::resetNv()
{
    SimState &s = ctx().state();
    const QStringList kept = keptSettings();
    QJsonObject settings = s.settings();
    for (const QString &key : settings.keys()) {
        if (!kept.contains(key.section(QLatin1Char(':'), 0, 0)))
            settings.remove(key);
    }
    s.setSettings(settings);
}

std::optional<SimReply> TelitDialect::refuse(const SimCommand &cmd)
{
    const QString phase = ctx().state().text(kPhase);
    if (phase != QLatin1String("downloading") && phase != QLatin1String("installing"))
        return std::nullopt;
    const bool inhibited = cmd.is("#GPRS") || cmd.is("#SGACT") || cmd.is("+CGATT")
                           || cmd.is("+CGACT") || cmd.is("D") || cmd.is("+CGCLASS")
                           || (cmd.is("+COPS") && cmd.isSet() && cmd.number(0) == 2)
                           || (cmd.is("+CFUN") && cmd.isSet() && cmd.number(0) == 4);
    if (inhibited)
        return SimReply::error();
    return std::nullopt;
}

// Telit's xE910 reference lists "+IPR: (0,<autodetectable rates>),(<fixed-only
// rates>)". Not confirmed against a stored copy of the guide, so the table is
// conservative: 600 and 921600, which some xE910 guides list, are left out so
// the simulator never takes a rate a real unit might refuse.
QList<qint32> TelitDialect::supportedRates() const
{
    return QList<qint32>{0, 300, 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200} + fixedOnlyRates();
}

QList<qint32> TelitDialect::fixedOnlyRates() const
{
    return {230400, 460800};
}

std::optional<SimReply> TelitDialect::handle(const SimCommand &cmd)
{
    SimState &s = ctx().state();
    const SimModuleConfig &c = ctx().config();

    if (cmd.is("#CCID") && (cmd.isExec() || cmd.isTest()))
        return SimReply::ok(cmd.isTest() ? QList<QByteArray>{} : QList<QByteArray>{"#CCID: " + c.iccid.toUtf8()});
    if (cmd.is("#CGSN") && (cmd.isExec() || cmd.isTest()))
        return SimReply::ok(cmd.isTest() ? QList<QByteArray>{} : QList<QByteArray>{"#CGSN: " + c.imei.toUtf8()});
    if (cmd.is("#SWPKGV") && cmd.isExec())
        return SimReply::ok({ctx().firmware().toUtf8()});

    if (cmd.is("#OTASNAP")) {
        if (cmd.isRead())
            return SimReply::ok({"#OTASNAP: \"" + s.text(QStringLiteral("telit.snap")).toUtf8() + '"'});
        if (cmd.isTest())
            return SimReply::ok({"#OTASNAP: 20"});
        if (!cmd.isSet())
            return SimReply::error();
        const QString number = cmd.arg(0);
        s.setText(QStringLiteral("telit.snap"), number);
        if (number.isEmpty()) // no automatic re-registration on a SIM change
            return SimReply::ok();
        if (auto locked = requireSim())
            return locked;
        registerLater(QStringLiteral("sms"));
        return SimReply::ok();
    }
    if (cmd.is("#OTASNAPIPCFG")) {
        if (cmd.isRead()) {
            const QStringList a = SimCommand::splitArgs(s.text(QStringLiteral("telit.ipcfg")));
            if (a.isEmpty())
                return SimReply::ok({"#OTASNAPIPCFG: 0,\"\",\"\",\"\""});
            // The password is never shown back.
            return SimReply::ok({QStringLiteral("#OTASNAPIPCFG: %1,\"%2\",\"%3\",\"\"")
                                     .arg(a.value(0), a.value(1), a.value(2)).toUtf8()});
        }
        if (cmd.isTest())
            return SimReply::ok({"#OTASNAPIPCFG: (0,1),50,50,50"});
        if (!cmd.isSet() || !cmd.hasNumber(0) || cmd.arg(1).isEmpty())
            return SimReply::error();
        s.setText(QStringLiteral("telit.ipcfg"), cmd.argText);
        return SimReply::ok();
    }
    if (cmd.is("#OTASNAPIP")) {
        if (cmd.isRead()) {
            const QStringList a = SimCommand::splitArgs(s.text(QStringLiteral("telit.snapip")));
            return SimReply::ok({QStringLiteral("#OTASNAPIP: %1,\"%2\",\"%3\"")
                                     .arg(a.value(0, QStringLiteral("0")), a.value(1), a.value(2)).toUtf8()});
        }
        if (cmd.isTest())
            return SimReply::ok({"#OTASNAPIP: (1-65535),50,20"});
        if (!cmd.isSet() || !cmd.hasNumber(0) || cmd.arg(1).isEmpty())
            return SimReply::error();
        if (!supportsCombined(ctx().firmware()) || !s.contains(QStringLiteral("telit.ipcfg")))
            return SimReply::error();
        if (auto locked = requireSim())
            return locked;
        s.setText(QStringLiteral("telit.snapip"), cmd.argText);
        registerLater(QStringLiteral("ip"));
        return SimReply::ok();
    }
    if (cmd.is("#OTAIPCFG")) {
        if (cmd.isSet()) {
            s.setText(QStringLiteral("telit.otaipcfg"), cmd.argText);
            return SimReply::ok();
        }
        if (cmd.isRead())
            return SimReply::ok({"#OTAIPCFG: " + s.text(QStringLiteral("telit.otaipcfg")).toUtf8()});
        return SimReply::ok();
    }
    if (cmd.is("#OTAIPUPD")) {
        if (!cmd.isExec())
            return cmd.isTest() ? SimReply::ok() : SimReply::error();
        if (!supportsTcpOnly(ctx().firmware()) || s.text(kRegistered) != QLatin1String("ip")
            || !s.text(kPhase).isEmpty())
            return SimReply::error();
        if (auto locked = requireSim())
            return locked;
        after(2s, [this] { startDownload(); });
        return SimReply::ok();
    }
    if (cmd.is("#OTASUAN")) {
        if (cmd.isRead())
            return SimReply::ok({"#OTASUAN: " + QByteArray(s.flag(kUrc, true) ? "1" : "0")});
        if (cmd.isTest())
            return SimReply::ok({"#OTASUAN: (0-2),(0,1)"});
        if (!cmd.isSet())
            return SimReply::error();
        if (cmd.args.size() > 1) {
            if (cmd.arg(1) != QLatin1String("0") && cmd.arg(1) != QLatin1String("1"))
                return SimReply::error();
            s.setFlag(kUrc, cmd.arg(1) == QLatin1String("1"));
        }
        const qint64 action = cmd.number(0);
        if (action < 0 || action > 2)
            return SimReply::error();
        if (!m_requestPending)
            return cmd.args.size() > 1 ? SimReply::ok() : SimReply::error();
        m_requestPending = false;
        m_answerWindow.stop();
        if (action == 1)
            after(1s, [this] { startDownload(); });
        return SimReply::ok();
    }

    // NV settings, kept or wiped by an update.
    const QString base = cmd.name;
    if (keptSettings().contains(base) || kVolatileSettings.contains(base)) {
        if (base == QLatin1String("+COPS") || base == QLatin1String("+IPR")
            || base == QLatin1String("+CGDCONT"))
            return std::nullopt; // the generic handlers answer these
        return setting(cmd, kIndexed.contains(base));
    }
    if (cmd.is("#GPRS") || cmd.is("#SGACT") || cmd.is("+CGCLASS")) {
        if (cmd.isRead())
            return SimReply::ok({cmd.name.toUtf8() + ": 0"});
        return functionality() == 1 && simReady() ? SimReply::ok() : SimReply::cmeError(30);
    }
    return std::nullopt;
}
