#include "sierradialect.h"

#include "command/atinterpreter.h"
#include "http/simulateddownload.h"
#include "packages/simpackage.h"
#include "simmoduleconfig.h"
#include "state/simstate.h"
#include "xmodem/xmodemreceiver.h"

#include <QJsonObject>

using namespace std::chrono_literals;

namespace {

QString key(const char *name)
{
    return QStringLiteral("hl.") + QLatin1String(name);
}

const QString kPackage = QStringLiteral("hl-package");
constexpr auto kRepeat = 30min;     // unanswered requests come back
constexpr qint64 kRestartBelow = 1500; // smaller packages restart from zero

} // namespace

SierraDialect::SierraDialect(ModemContext &context, QObject *parent)
    : Dialect(context, parent)
{
    for (int r = Connect; r <= Install; ++r) {
        m_repeat[r] = new QTimer(this);
        m_repeat[r]->setInterval(ctx().scaled(kRepeat));
        connect(m_repeat[r], &QTimer::timeout, this, [this, r] {
            if (m_pending[r])
                wdsi(r);
        });
    }
    connect(&m_poll, &QTimer::timeout, this, [this] { serverRequest(false); });
}

QList<QByteArray> SierraDialect::identification(int n) const
{
    if (n == 1 || n == 8 || n == 3)
        return {ctx().firmware().toUtf8()};
    return Dialect::identification(n);
}

QList<qint32> SierraDialect::supportedRates() const
{
    // From the HL78xx rate table of Zephyr's hl78xx driver (Sierra's own AT
    // guide was not at hand): 9600 to 921600; 3000000 is the HL7812's alone.
    // No autobaud: Sierra documents none on its HL UARTs and the driver finds
    // the rate from the host's side; left out until a reference shows it.
    return {9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600};
}

bool SierraDialect::spaceInWdsi() const
{
    // Firmware 4.x drops the blank after the colon: "+WDSI:3".
    const QStringList parts = ctx().firmware().split(QLatin1Char('.'));
    return parts.value(1).toInt() < 4;
}

void SierraDialect::wdsi(int n, int x)
{
    if (ctx().state().number(key("wdsi"), 4479) == 0)
        return;
    QByteArray line = spaceInWdsi() ? "+WDSI: " : "+WDSI:";
    line += QByteArray::number(n);
    if (x >= 0)
        line += ',' + QByteArray::number(x);
    ctx().urc(line);
}

int SierraDialect::agreement(int mode) const
{
    return int(ctx().state().number(key("wdsc%1").arg(mode), 0));
}

bool SierraDialect::apnFor(int cid) const
{
    const QStringList a = SimCommand::splitArgs(ctx().state().setting(QStringLiteral("+CGDCONT:%1").arg(cid)));
    return !a.value(2).isEmpty();
}

int SierraDialect::dmCid() const
{
    return int(ctx().state().number(key("cid"), 1));
}

bool SierraDialect::avOffer() const
{
    const QByteArray p = serverPackage();
    if (p.isEmpty() || ctx().state().text(key("pending")) == QLatin1String("av"))
        return false;
    const auto h = SimPackage::parse(p);
    return !h || h->to != ctx().firmware();
}

void SierraDialect::boot(BootReason reason)
{
    Q_UNUSED(reason);
    SimState &s = ctx().state();
    startPolling();
    after(500ms, [this] {
        SimState &st = ctx().state();
        ctx().urc("+KSUP: 0");
        if (st.flag(key("installing"))) {
            wdsi(14); // an interrupted install goes on
            ctx().interpreter().setFrozen(true);
            installStep(int(st.number(key("installPercent"), 0)));
            return;
        }
        const int result = int(st.number(key("result"), 0));
        if (result) {
            st.remove(key("result"));
            after(1s, [this, result] { wdsi(result); });
            return;
        }
        const qint64 offset = st.number(key("offset"), 0);
        const QByteArray p = serverPackage();
        if (offset > 0 && !p.isEmpty()) {
            // A suspended download: what is left, and the agreement again.
            wdsi(9, int(p.size() - offset));
            ask(Download);
        }
    });
    Q_UNUSED(s);
}

void SierraDialect::startPolling()
{
    const qint64 minutes = agreement(3);
    if (minutes > 0)
        m_poll.start(ctx().scaled(std::chrono::minutes(minutes)));
    else
        m_poll.stop();
}

bool SierraDialect::serverRequest(bool automatic)
{
    Q_UNUSED(automatic);
    if (!avOffer() || m_download)
        return false;
    if (m_session)
        offerPackage();
    else if (agreement(0))
        ask(Connect);
    else
        startSession();
    return true;
}

void SierraDialect::ask(Request request)
{
    m_pending[request] = true;
    wdsi(request);
    m_repeat[request]->start();
}

void SierraDialect::answered(Request request)
{
    m_pending[request] = false;
    m_repeat[request]->stop();
}

void SierraDialect::startSession()
{
    m_session = true;
    after(1s, [this] {
        wdsi(23, 1);
        wdsi(4);
        after(1s, [this] {
            wdsi(6);
            after(500ms, [this] { offerPackage(); });
        });
    });
}

void SierraDialect::stopSession()
{
    if (m_download) {
        delete m_download; // suspended: the offset stays in the state
        m_download = nullptr;
    }
    m_session = false;
    wdsi(8);
}

void SierraDialect::offerPackage()
{
    if (!m_session || m_download)
        return;
    if (!avOffer()) {
        after(2s, [this] {
            if (m_session && !m_download && !m_pending[Download])
                stopSession();
        });
        return;
    }
    // An offer already made (a server request while the session offers the
    // same package) must not start a second download over the first.
    if (m_pending[Download] || m_downloadDue)
        return;
    const qint64 size = serverPackage().size();
    wdsi(9, int(size - ctx().state().number(key("offset"), 0)));
    if (agreement(1)) {
        ask(Download);
    } else {
        m_downloadDue = true;
        after(500ms, [this] { startDownload(); });
    }
}

void SierraDialect::startDownload()
{
    m_downloadDue = false;
    if (m_download)
        return;
    SimState &s = ctx().state();
    const QByteArray package = serverPackage();
    if (package.isEmpty())
        return;
    m_session = true;
    if (!ctx().faults().httpFault().isEmpty()) {
        after(2s, [this] {
            wdsi(11, 1);
            endSessionAfterFailure();
        });
        return;
    }
    qint64 offset = s.number(key("offset"), 0);
    if (package.size() < kRestartBelow)
        offset = 0;
    const auto duration = std::chrono::milliseconds(20000 + package.size() / 5);
    m_download = new SimulatedDownload(package.size(), offset, ctx().scaled(duration), this);
    auto lastTenth = std::make_shared<int>(int(offset * 10 / package.size()));
    connect(m_download, &SimulatedDownload::progress, this, [this, lastTenth](qint64 got, qint64 total) {
        ctx().state().setNumber(key("offset"), got);
        const int percent = int(got * 100 / total);
        if (!ctx().checkpoint(FaultSet::Phase::Download, percent))
            return;
        while (*lastTenth < percent / 10) {
            ++*lastTenth;
            wdsi(18, *lastTenth * 10);
        }
    });
    connect(m_download, &SimulatedDownload::finished, this, [this, package] {
        m_download->deleteLater();
        m_download = nullptr;
        ctx().state().setNumber(key("offset"), 0);
        wdsi(10);
        const auto header = SimPackage::parse(package);
        const bool certified = header && header->intact && !ctx().faults().takeBadChecksum();
        wdsi(certified ? 12 : 13);
        if (!certified) {
            ctx().state().setNumber(key("offset"), 0); // the package is dropped
            endSessionAfterFailure();
            return;
        }
        ctx().state().setBlob(kPackage, package);
        ctx().state().setText(key("pending"), QStringLiteral("av"));
        if (agreement(2))
            ask(Install);
        else
            after(1s, [this] { startInstall(); });
    });
    m_download->start();
}

void SierraDialect::endSessionAfterFailure()
{
    // The module reports the failed operation and the DM session ends; the
    // operation stays open on the server, which offers it again in the next
    // session (AT+WDSS=1,1).
    after(1s, [this] {
        if (m_session && !m_download)
            stopSession();
    });
}

void SierraDialect::startInstall()
{
    wdsi(14); // never power off from here; the host's watchdog is 15 min
    SimState &s = ctx().state();
    s.setFlag(key("installing"), true);
    s.setNumber(key("installPercent"), 0);
    ctx().interpreter().setFrozen(true);
    after(1s, [this] { installStep(0); });
}

void SierraDialect::installStep(int percent)
{
    SimState &s = ctx().state();
    s.setNumber(key("installPercent"), percent);
    if (!ctx().checkpoint(FaultSet::Phase::Install, percent))
        return;
    if (percent < 100) {
        after(3s, [this, percent] { installStep(percent + 10); });
        return;
    }
    const QByteArray package = s.blob(kPackage);
    const bool ok = packageApplies(package);
    if (ok) {
        ctx().setFirmware(SimPackage::parse(package)->to);
        resetNvSettings();
    }
    s.setNumber(key("result"), ok ? 16 : 15);
    s.removeBlob(kPackage);
    s.remove(key("pending"));
    s.setFlag(key("installing"), false);
    ctx().reboot(BootReason::Reboot);
}

void SierraDialect::resetNvSettings()
{
    // DESIGN.md: NV settings reset on update. The HL78xx loses what
    // resources/settings/sierra-hl78xx.json backs up: the PDP contexts and the
    // device-services context (back to cid 1).
    SimState &s = ctx().state();
    QJsonObject settings = s.settings();
    for (const QString &k : settings.keys()) {
        if (k.startsWith(QLatin1String("+CGDCONT:")) || k.startsWith(QLatin1String("+KBNDCFG")))
            settings.remove(k);
    }
    s.setSettings(settings);
    s.remove(key("cid"));
}

std::optional<SimReply> SierraDialect::handle(const SimCommand &cmd)
{
    SimState &s = ctx().state();
    const SimModuleConfig &c = ctx().config();
    if (cmd.is("+KGSN")) {
        if (cmd.isTest())
            return SimReply::ok({"+KGSN: (0-3)"});
        if (!cmd.isSet())
            return SimReply::error();
        switch (cmd.number(0)) {
        case 0: return SimReply::ok({"+KGSN: " + c.imei.toUtf8()});
        case 3: return SimReply::ok({"+KGSN: " + c.serial.toUtf8()});
        default: return SimReply::error();
        }
    }
    if (cmd.is("+CCID") && cmd.isExec())
        return SimReply::ok({"+CCID: " + c.iccid.toUtf8()});
    if (cmd.is("+WDSS") || cmd.is("+WDS"))
        return wdss(cmd);
    if (cmd.is("+WDSI")) {
        if (cmd.isTest())
            return SimReply::ok({"+WDSI: (0-4479)"});
        if (cmd.isRead())
            return SimReply::ok({"+WDSI: " + QByteArray::number(s.number(key("wdsi"), 4479))});
        const qint64 mask = cmd.number(0);
        if (!cmd.isSet() || mask < 0 || mask > 4479)
            return SimReply::error();
        s.setNumber(key("wdsi"), mask);
        return SimReply::ok();
    }
    if (cmd.is("+WDSC")) {
        if (cmd.isTest())
            return SimReply::ok({"+WDSC: (0-2),(0,1)", "+WDSC: 3,(0-525600)"});
        if (cmd.isRead()) {
            QList<QByteArray> lines;
            for (int m = 0; m <= 3; ++m)
                lines << QStringLiteral("+WDSC: %1,%2").arg(m).arg(agreement(m)).toUtf8();
            return SimReply::ok(lines);
        }
        const qint64 mode = cmd.number(0), value = cmd.number(1);
        if (!cmd.isSet() || mode < 0 || mode > 3 || value < 0 || (mode < 3 && value > 1) || value > 525600)
            return SimReply::error();
        s.setNumber(key("wdsc%1").arg(mode), value);
        if (mode == 3)
            startPolling();
        return SimReply::ok();
    }
    if (cmd.is("+WDSR"))
        return wdsr(cmd);
    // Strict: only the application note's spelling; AT+WDSD is then unknown.
    if (cmd.is("+WSDS") || (cmd.is("+WDSD") && !c.strict))
        return wdsd(cmd);
    return std::nullopt;
}

SimReply SierraDialect::wdss(const SimCommand &cmd)
{
    SimState &s = ctx().state();
    if (cmd.isRead())
        return SimReply::ok({"+WDSS: 1," + QByteArray(m_session ? "1" : "0"),
                             "+WDSS: 2," + QByteArray::number(dmCid())});
    if (cmd.isTest())
        return SimReply::ok({"+WDSS: (1,2),(0-1)"});
    if (!cmd.isSet())
        return SimReply::error();
    const qint64 mode = cmd.number(0), value = cmd.number(1);
    if (mode == 2) {
        if (value < 1 || value > 16)
            return SimReply::error();
        if (!apnFor(int(value)))
            return SimReply::cmeError(650);
        s.setNumber(key("cid"), value);
        return SimReply::ok();
    }
    if (mode != 1 || (value != 0 && value != 1))
        return SimReply::error();
    if (value == 0) {
        if (m_session)
            QTimer::singleShot(0, this, [this] { stopSession(); });
        return SimReply::ok();
    }
    if (auto locked = requireSim())
        return *locked;
    if (!apnFor(dmCid()) || m_pending[Connect])
        return SimReply::cmeError(650);
    if (!m_session)
        startSession();
    return SimReply::ok();
}

SimReply SierraDialect::wdsr(const SimCommand &cmd)
{
    if (cmd.isTest())
        return SimReply::ok({"+WDSR: (0-5),(0-1440)"});
    if (!cmd.isSet())
        return SimReply::error();
    const qint64 answer = cmd.number(0);
    const auto defer = [&](Request r) -> SimReply {
        if (!m_pending[r])
            return SimReply::cmeError(3);
        const qint64 minutes = cmd.number(1, -1);
        if (minutes < 0 || minutes > 1440)
            return SimReply::error();
        answered(r);
        after(std::chrono::minutes(minutes), [this, r] { ask(r); });
        return SimReply::ok();
    };
    switch (answer) {
    case 0: return defer(Connect);
    case 2: return defer(Download);
    case 5: return defer(Install);
    case 1:
        if (!m_pending[Connect])
            return SimReply::cmeError(3);
        answered(Connect);
        startSession();
        return SimReply::ok();
    case 3:
        if (!m_pending[Download])
            return SimReply::cmeError(3);
        answered(Download);
        after(500ms, [this] { startDownload(); });
        return SimReply::ok();
    case 4: {
        if (!m_pending[Install])
            return SimReply::cmeError(3);
        answered(Install);
        const bool local = ctx().state().text(key("pending")) == QLatin1String("local");
        after(500ms, [this, local] {
            if (local) {
                // The local package is checked now: signature, then install.
                const auto h = SimPackage::parse(ctx().state().blob(kPackage));
                const bool certified = h && h->intact && !ctx().faults().takeBadChecksum();
                wdsi(certified ? 12 : 13);
                if (!certified) {
                    ctx().state().removeBlob(kPackage);
                    ctx().state().remove(key("pending"));
                    return;
                }
            }
            after(1s, [this] { startInstall(); });
        });
        return SimReply::ok();
    }
    default:
        return SimReply::error();
    }
}

SimReply SierraDialect::wdsd(const SimCommand &cmd)
{
    if (cmd.isTest())
        return SimReply::ok({cmd.name.toUtf8() + ": (1-" + QByteArray::number(kMaxPackage) + ")"});
    const qint64 size = cmd.number(0);
    if (!cmd.isSet() || size <= 0 || size > kMaxPackage || m_xmodem)
        return SimReply::error();
    XmodemReceiver::Timing timing;
    if (ctx().config().strict) {
        // Real time, whatever the scale: a receiver left by a dead sender
        // waits as long as the module would, asking all along.
        timing.patient = true;
    } else {
        // Retries and gaps keep a floor: a fast-forwarded module must not outrun a
        // real sender's turnaround.
        timing.retry = qMax<std::chrono::milliseconds>(ctx().scaled(timing.retry), 300ms);
        timing.firstBlock = qMax<std::chrono::milliseconds>(ctx().scaled(timing.firstBlock), 1s);
        timing.blockGap = qMax<std::chrono::milliseconds>(ctx().scaled(timing.blockGap), 2s);
    }
    timing.flashWrite = ctx().config().flashWrite;
    m_xmodem = new XmodemReceiver(size, timing, this);
    m_xmodem->setNakInjector([this] { return ctx().faults().takeStormNak(); });
    connect(m_xmodem, &XmodemReceiver::send, this, [this](const QByteArray &b) {
        FaultSet &faults = ctx().faults();
        if (b == "C" && faults.losesCrcRequests())
            return; // c-nak: the sender never hears CRC mode asked for
        ctx().raw(b == "\x06" && faults.takeDuplicateAck() ? b + b : b);
    });
    connect(m_xmodem, &XmodemReceiver::progress, this, [this](qint64 got, qint64 total) {
        ctx().checkpoint(FaultSet::Phase::Xmodem, int(got * 100 / total));
    });
    connect(m_xmodem, &XmodemReceiver::finished, this,
            [this](XmodemReceiver::Outcome outcome, const QByteArray &data, const QByteArray &rest) {
        m_xmodem->deleteLater();
        m_xmodem = nullptr;
        ctx().interpreter().endRaw(rest);
        if (outcome != XmodemReceiver::Outcome::Done) {
            ctx().raw("\r\n+CME ERROR: 3\r\n");
            return;
        }
        ctx().setUploaded(data);
        ctx().state().setBlob(kPackage, data);
        ctx().state().setText(key("pending"), QStringLiteral("local"));
        after(300ms, [this] { ask(Install); });
    });
    ctx().interpreter().beginRaw([this](const QByteArray &bytes) {
        if (m_xmodem)
            m_xmodem->feed(bytes);
    });
    // 'C' follows the OK.
    QTimer::singleShot(0, m_xmodem, &XmodemReceiver::start);
    return SimReply::ok();
}
