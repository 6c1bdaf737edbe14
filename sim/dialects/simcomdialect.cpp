#include "simcomdialect.h"

#include "command/atinterpreter.h"
#include "http/httpdownload.h"
#include "http/simulateddownload.h"
#include "packages/simpackage.h"
#include "simmoduleconfig.h"
#include "state/simstate.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>

using namespace std::chrono_literals;

namespace {

const QString kPartition = QStringLiteral("simcom-partition");
const QString kFile = QStringLiteral("simcom-file");        // last HTTP-to-FS download
const QString kUpdate = QStringLiteral("simcom-update");    // package being installed
const QString kSource = QStringLiteral("simcom.source");    // "flash" or "file": last written
const QString kOtaOffset = QStringLiteral("simcom.otaOffset");
const QString kInstalling = QStringLiteral("simcom.installing");

} // namespace

SimcomDialect::SimcomDialect(ModemContext &context, QObject *parent)
    : Dialect(context, parent)
{
}

QList<qint32> SimcomDialect::supportedRates() const
{
    // The SIM7020 AT manual's +IPR list as SIM7020 drivers carry it (0 is
    // autobaud). SIMCom's answer splits autodetectable from fixed-only rates,
    // but where the SIM7020 draws that line is unconfirmed: one list.
    return {0, 110, 300, 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600, 3000000};
}

void SimcomDialect::urc(const QByteArray &line)
{
    // The SIM7020 reports URCs only at a fixed rate, never on autobaud.
    if (ctx().moduleBaud() != 0)
        ctx().urc(line);
}

QByteArray &SimcomDialect::partition()
{
    if (!m_partitionLoaded) {
        m_partitionLoaded = true;
        m_partition = ctx().state().blob(kPartition);
        const qint64 size = ctx().config().flashPartitionSize;
        if (m_partition.size() != size)
            m_partition = QByteArray(size, char(0xff));
    }
    return m_partition;
}

void SimcomDialect::savePartition()
{
    ctx().state().setBlob(kPartition, m_partition);
}

bool SimcomDialect::inPartition(qint64 offset, qint64 length) const
{
    return offset >= 0 && length >= 0 && offset + length <= ctx().config().flashPartitionSize;
}

void SimcomDialect::boot(BootReason reason)
{
    Q_UNUSED(reason);
    after(500ms, [this] {
        urc("*MATREADY: 1");
        urc("+CFUN: 1");
        SimState &s = ctx().state();
        if (s.flag(kInstalling)) {
            // The update runs (and continues after an interruption) before the
            // SIM is reported. *MATREADY: 1 means the AT interface is up, so
            // it answers meanwhile (a host finds the module again and waits
            // for the result); only the update commands wait, see handle().
            runInstall(int(s.number(QStringLiteral("simcom.installPercent"), 0)));
            return;
        }
        urc(simReady() ? "+CPIN: READY" : "+CPIN: SIM PIN");
        const qint64 offset = s.number(kOtaOffset, 0);
        if (offset > 0)
            urc("+CFOTA: Download pause"); // broken-point transfer: AT+CFOTA=1 continues
    });
}

void SimcomDialect::runInstall(int percent)
{
    SimState &s = ctx().state();
    s.setNumber(QStringLiteral("simcom.installPercent"), percent);
    if (!ctx().checkpoint(FaultSet::Phase::Install, percent))
        return;
    if (percent < 100) {
        // About ten minutes for a whole update.
        after(60s, [this, percent] { runInstall(percent + 10); });
        return;
    }
    const QByteArray package = s.blob(kUpdate);
    if (packageApplies(package)) {
        ctx().setFirmware(SimPackage::parse(package)->to);
        resetNv();
        urc("+CFOTA: Update successfully");
    } else {
        urc("+CFOTA: Update fail");
    }
    s.removeBlob(kUpdate);
    s.setFlag(kInstalling, false);
    s.setNumber(QStringLiteral("simcom.installPercent"), 0);
    urc(simReady() ? "+CPIN: READY" : "+CPIN: SIM PIN");
}

void SimcomDialect::resetNv()
{
    // DESIGN.md: NV settings return to their defaults on an update. The
    // SIM7020 loses what resources/settings/simcom-sim7020.json backs up.
    SimState &s = ctx().state();
    QJsonObject settings = s.settings();
    for (const QString &k : settings.keys()) {
        const QString name = k.section(QLatin1Char(':'), 0, 0);
        if (name == QLatin1String("*MCGDEFCONT") || name == QLatin1String("+CGDCONT")
            || name == QLatin1String("+CBAND"))
            settings.remove(k);
    }
    s.setSettings(settings);
}

void SimcomDialect::startUpdate(const QByteArray &package)
{
    SimState &s = ctx().state();
    s.setBlob(kUpdate, package);
    s.setNumber(QStringLiteral("simcom.installPercent"), 0);
    s.setFlag(kInstalling, true);
    after(1s, [this] { ctx().reboot(BootReason::Reboot); });
}

std::optional<SimReply> SimcomDialect::handle(const SimCommand &cmd)
{
    SimState &s = ctx().state();
    const SimModuleConfig &c = ctx().config();
    if (cmd.is("+CCID") && cmd.isExec())
        return SimReply::ok({c.iccid.toUtf8()});
    if (cmd.is("*MCGDEFCONT")) {
        if (cmd.isSet() && functionality() != 0)
            return SimReply::error(); // only with the radio off (AT+CFUN=0)
        return setting(cmd, false, QStringLiteral("\"IP\",\"cmnbiot\""));
    }
    if (cmd.is("+CBAND"))
        return setting(cmd, false, QStringLiteral("3,5,8,20"));
    if (cmd.is("+CGCONTRDP")) {
        if (functionality() != 1 || !simReady())
            return SimReply::ok();
        const QStringList def = SimCommand::splitArgs(s.setting(QStringLiteral("*MCGDEFCONT"),
                                                                QStringLiteral("\"IP\",\"cmnbiot\"")));
        return SimReply::ok({"+CGCONTRDP: 1,5,\"" + def.value(1).toUtf8() + "\",\"10.64.0.17.255.255.255.0\""});
    }
    const bool updateCommand = cmd.is("+CFOTA") || cmd.is("+CFLE") || cmd.is("+CFLW")
        || cmd.name.startsWith(QLatin1String("+CHTTP"));
    if (updateCommand && s.flag(kInstalling) && !cmd.isTest())
        return SimReply::error(); // busy with the update until it reports the result
    if (cmd.is("+CFOTA"))
        return cfota(cmd);
    if (cmd.is("+CFLE")) {
        if (!cmd.isSet() || cmd.number(0) != 0)
            return SimReply::error();
        const qint64 block = c.flashBlockSize;
        const qint64 start = cmd.number(1), count = cmd.number(2);
        if (start < 0 || count <= 0 || !inPartition(start * block, count * block))
            return SimReply::error();
        partition().replace(start * block, count * block, QByteArray(count * block, char(0xff)));
        savePartition();
        return SimReply::ok();
    }
    if (cmd.is("+CFLW"))
        return cflw(cmd);
    if (cmd.is("+CFLR")) {
        if (!cmd.isSet() || cmd.number(0) != 0)
            return SimReply::error();
        const qint64 offset = cmd.number(1), length = cmd.number(2);
        if (length <= 0 || !inPartition(offset, length))
            return SimReply::error();
        return SimReply::ok({"+CFLR: " + QByteArray::number(length) + ','
                             + partition().mid(offset, length).toHex().toUpper()});
    }
    if (cmd.name.startsWith(QLatin1String("+CHTTP")))
        return chttp(cmd);
    return std::nullopt;
}

SimReply SimcomDialect::cflw(const SimCommand &cmd)
{
    const SimModuleConfig &c = ctx().config();
    if (!cmd.isSet() || cmd.number(0) != 0 || cmd.args.size() < 3)
        return SimReply::error();
    const qint64 offset = cmd.number(1), length = cmd.number(2);
    const qint64 timeoutS = qMax<qint64>(1, cmd.number(4, 30));
    const qint64 maxWrite = c.strict ? qMin(c.flashMaxWrite, SimModuleConfig::kStrictMaxWrite) : c.flashMaxWrite;
    if (length <= 0 || length > maxWrite || !inPartition(offset, length))
        return SimReply::error();
    auto *timeout = new QTimer(this);
    timeout->setSingleShot(true);
    auto data = std::make_shared<QByteArray>();
    connect(timeout, &QTimer::timeout, this, [this, timeout] {
        timeout->deleteLater();
        ctx().interpreter().endRaw();
        ctx().finish(SimReply::error());
    });
    ctx().interpreter().beginRaw([this, data, length, offset, timeout](const QByteArray &bytes) {
        data->append(bytes);
        if (data->size() < length)
            return;
        timeout->stop();
        timeout->deleteLater();
        const QByteArray rest = data->mid(length);
        data->truncate(length);
        // NOR flash: writing only clears bits; unerased areas keep their zeros.
        QByteArray &flash = partition();
        for (qint64 i = 0; i < length; ++i)
            flash[offset + i] = char(quint8(flash.at(offset + i)) & quint8(data->at(i)));
        savePartition();
        ctx().state().setText(kSource, QStringLiteral("flash"));
        ctx().setUploaded(flash.left(offset + length));
        ctx().interpreter().endRaw(rest);
        if (ctx().config().flashWrite.count() > 0)
            after(ctx().config().flashWrite, [this] { ctx().finish(SimReply::ok()); });
        else
            ctx().finish(SimReply::ok());
    });
    // The command's own timeout, in real seconds: a host that dies mid-write
    // leaves the prompt waiting that long for its bytes.
    timeout->start(std::chrono::seconds(timeoutS));
    ctx().raw("\r\n> ");
    return SimReply::deferred();
}

SimReply SimcomDialect::cfota(const SimCommand &cmd)
{
    SimState &s = ctx().state();
    if (cmd.isTest())
        return SimReply::ok({"+CFOTA: (0-5)"});
    if (!cmd.isSet())
        return SimReply::error();
    switch (cmd.number(0)) {
    case 1:
        if (auto locked = requireSim())
            return *locked;
        if (m_ota)
            return SimReply::error();
        QTimer::singleShot(0, this, [this] { otaDownload(); });
        return SimReply::ok();
    case 4: // result reported to the FOTA server
        return SimReply::ok();
    case 5: {
        const qint64 size = cmd.number(1);
        const QByteArray md5 = cmd.arg(2).toLatin1().toLower();
        const QByteArray source = s.text(kSource) == QLatin1String("file") ? s.blob(kFile) : partition();
        if (size <= 0 || size > source.size() || md5.size() != 32)
            return SimReply::error();
        const QByteArray package = source.left(size);
        const QByteArray actual = QCryptographicHash::hash(package, QCryptographicHash::Md5).toHex();
        if (ctx().faults().takeBadChecksum() || actual != md5)
            return SimReply::error();
        startUpdate(package);
        return SimReply::ok({"+CFOTA: Start to update, please wait for reset"});
    }
    default:
        return SimReply::error();
    }
}

void SimcomDialect::otaDownload()
{
    SimState &s = ctx().state();
    const QByteArray package = serverPackage();
    const auto header = SimPackage::parse(package);
    if (package.isEmpty() || (header && header->to == ctx().firmware())) {
        urc("+CFOTA: No update package");
        return;
    }
    urc("+CFOTA: Start to download new package");
    if (!ctx().faults().httpFault().isEmpty()) {
        after(3s, [this] { urc("+CFOTA: Download fail"); });
        return;
    }
    // NB-IoT: a few kB/s.
    const auto duration = std::chrono::milliseconds(20000 + package.size() / 3);
    m_ota = new SimulatedDownload(package.size(), s.number(kOtaOffset, 0), ctx().scaled(duration), this);
    connect(m_ota, &SimulatedDownload::progress, this, [this](qint64 got, qint64 total) {
        ctx().state().setNumber(kOtaOffset, got); // broken-point transfer resumes here
        ctx().checkpoint(FaultSet::Phase::Download, int(got * 100 / total));
    });
    connect(m_ota, &SimulatedDownload::finished, this, [this, package] {
        // Done, whatever comes of it: a failed package leaves the module free
        // for the next AT+CFOTA=1.
        m_ota->deleteLater();
        m_ota = nullptr;
        ctx().state().setNumber(kOtaOffset, 0);
        urc("+CFOTA: Download completed");
        if (ctx().faults().takeBadChecksum()) {
            urc("+CFOTA: Download fail");
            return;
        }
        urc("+CFOTA: Start to update,please wait for reset");
        startUpdate(package);
    });
    m_ota->start();
}

SimReply SimcomDialect::chttp(const SimCommand &cmd)
{
    if (cmd.is("+CHTTPCREATE")) {
        if (!cmd.isSet())
            return cmd.isTest() ? SimReply::ok() : SimReply::error();
        const QUrl url(cmd.arg(0));
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return SimReply::error();
        for (int id = 0; id < m_clients.size(); ++id) {
            if (!m_clients[id]) {
                m_clients[id] = HttpClient{cmd.arg(0), false};
                return SimReply::ok({"+CHTTPCREATE: " + QByteArray::number(id)});
            }
        }
        return SimReply::error();
    }
    const qint64 id = cmd.number(0);
    if (!cmd.isSet() || id < 0 || id >= m_clients.size() || !m_clients[id])
        return SimReply::error();
    HttpClient &client = *m_clients[id];
    if (cmd.is("+CHTTPCON")) {
        if (auto locked = requireSim())
            return *locked;
        const QUrl url(client.base);
        auto *socket = new QTcpSocket(this);
        auto done = [this, socket, id](bool ok) {
            socket->disconnect();
            socket->abort();
            socket->deleteLater();
            if (ok && m_clients[id])
                m_clients[id]->connected = true;
            ctx().finish(ok ? SimReply::ok() : SimReply::error());
        };
        connect(socket, &QTcpSocket::connected, this, [done] { done(true); });
        connect(socket, &QTcpSocket::errorOccurred, this, [done] { done(false); });
        QTimer::singleShot(ctx().scaled(20s), socket, [done] { done(false); });
        socket->connectToHost(url.host(), quint16(url.port(url.scheme() == QLatin1String("https") ? 443 : 80)));
        return SimReply::deferred();
    }
    if (cmd.is("+CHTTPDISCON")) {
        client.connected = false;
        return SimReply::ok();
    }
    if (cmd.is("+CHTTPDESTROY")) {
        m_clients[id].reset();
        return SimReply::ok();
    }
    if (cmd.is("+CHTTPTOFS")) {
        if (!client.connected || cmd.arg(1).isEmpty() || m_http)
            return SimReply::error();
        QString base = client.base;
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        const QString path = cmd.arg(1).startsWith(QLatin1Char('/')) ? cmd.arg(1) : QLatin1Char('/') + cmd.arg(1);
        m_http = new HttpDownload(ctx().network(), ctx().faults(), this);
        m_http->setMaxSize(ctx().config().flashPartitionSize);
        m_http->setTimeout(qMax<std::chrono::milliseconds>(ctx().scaled(60s), 2s));
        const QByteArray tag = QByteArray::number(id);
        connect(m_http, &HttpDownload::headersReceived, this,
                [this, tag](int status, qint64, const QList<QPair<QByteArray, QByteArray>> &headers) {
            QByteArrayList shown;
            qsizetype length = 0;
            for (const auto &[name, value] : headers) {
                length += name.size() + 2 + value.size() + 2;
                if (name.compare("Content-Type", Qt::CaseInsensitive) == 0
                    || name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    shown << name + ": " + value;
            }
            urc("+CHTTPNMIH: " + tag + ',' + QByteArray::number(status) + ',' + QByteArray::number(length)
                + ',' + shown.join("; "));
        });
        connect(m_http, &HttpDownload::progress, this, [this](qint64 got, qint64 total) {
            if (total > 0)
                ctx().checkpoint(FaultSet::Phase::Download, int(got * 100 / total));
        });
        connect(m_http, &HttpDownload::finished, this, [this, tag](const HttpDownload::Result &r) {
            m_http->deleteLater();
            m_http = nullptr;
            int err = 0;
            switch (r.error) {
            case HttpDownload::Error::None: break;
            case HttpDownload::Error::Http: err = r.status; break;
            case HttpDownload::Error::TooLarge: err = -3; break;
            case HttpDownload::Error::Reset: err = -2; break;
            default: err = -1; break;
            }
            if (err != 0) {
                urc("+CHTTPERR: " + tag + ',' + QByteArray::number(err));
                return;
            }
            ctx().state().setBlob(kFile, r.body);
            ctx().state().setText(kSource, QStringLiteral("file"));
            ctx().setUploaded(r.body);
            urc("+CHTTPTOFSOK: " + tag + ',' + QByteArray::number(r.body.size()) + ','
                + QByteArray::number(r.total));
        });
        m_http->start(QUrl(base + path));
        return SimReply::ok();
    }
    return SimReply::error();
}
