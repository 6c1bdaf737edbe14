#include "cinteriondialect.h"

#include "command/atinterpreter.h"
#include "http/httpdownload.h"
#include "http/simulateddownload.h"
#include "packages/simpackage.h"
#include "simmoduleconfig.h"
#include "state/simstate.h"

#include <QCryptographicHash>
#include <QUrl>

using namespace std::chrono_literals;

namespace {

QString key(const char *name)
{
    return QStringLiteral("cinterion.") + QLatin1String(name);
}

const QString kFragment = QStringLiteral("cinterion-fragment");
const QString kPackage = QStringLiteral("cinterion-package");
constexpr int kInstallSteps = 10;

// The first comma outside quotes: AT^SCFG="key",<values...>.
qsizetype firstComma(const QString &text)
{
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'"')
            quoted = !quoted;
        else if (text.at(i) == u',' && !quoted)
            return i;
    }
    return -1;
}

} // namespace

CinterionDialect::CinterionDialect(ModemContext &context, QObject *parent)
    : Dialect(context, parent)
{
}

QList<QPair<QString, QString>> CinterionDialect::scfgDefaults()
{
    return {
        {QStringLiteral("GPRS/AutoAttach"), QStringLiteral("\"enabled\"")},
        {QStringLiteral("GPRS/MTU/Mode"), QStringLiteral("\"0\"")},
        {QStringLiteral("GPRS/MTU/Size"), QStringLiteral("\"1500\"")},
        {QStringLiteral("Ident/Manufacturer"), QStringLiteral("\"Cinterion\"")},
        {QStringLiteral("Ident/Product"), QStringLiteral("\"EXS82-W\"")},
        {QStringLiteral("MEopMode/RscMgmt/Rrc"), QStringLiteral("\"0\",\"0\"")},
        {QStringLiteral("MEopMode/SRPOM"), QStringLiteral("\"0\"")},
        {QStringLiteral("Radio/Band/2G"), QStringLiteral("\"0000000f\"")},
        {QStringLiteral("Radio/Band/CatM"), QStringLiteral("\"080e189f\"")},
        {QStringLiteral("Radio/Band/CatNB"), QStringLiteral("\"080e189f\"")},
        {QStringLiteral("Radio/Suspend"), QStringLiteral("\"0\",\"0\",\"0\"")},
        {QStringLiteral("Security/GEA"), QStringLiteral("\"0\"")},
    };
}

QList<QPair<QString, QString>> CinterionDialect::settingDefaults()
{
    return {
        {QStringLiteral("+CEDRXS"), QStringLiteral("5,\"0010\"")},
        {QStringLiteral("^SEDRXS"), QStringLiteral("5,\"0010\",\"0000\"")},
        {QStringLiteral("^SXRAT"), QStringLiteral("7,7")},
        {QStringLiteral("+CCIOTOPT"), QStringLiteral("0,3,1")},
        {QStringLiteral("^SSDA"), QStringLiteral("1")},
        {QStringLiteral("+CEMODE"), QStringLiteral("2")},
        {QStringLiteral("+CGSMS"), QStringLiteral("1")},
        {QStringLiteral("^SGCONF"), QStringLiteral("1,4")},
    };
}

bool CinterionDialect::quotedUrcNumbers() const
{
    // Firmware 02.x and later quote the numbers of the act URC as they do in
    // the read answer; 01.x does not.
    return ctx().firmware().section(QLatin1Char('.'), 0, 0).toInt() >= 2;
}

QByteArray CinterionDialect::revision() const
{
    return "REVISION " + ctx().firmware().toUtf8();
}

QList<qint32> CinterionDialect::supportedRates() const
{
    // The +IPR table of the Cinterion EHS6 AT command set, the same family's
    // UART: autobaud (0) and 1200 to 115200. The EXS62-W/EXS82-W's own table
    // was not at hand, so faster rates stay out (conservative).
    return {0, 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200};
}

QList<QByteArray> CinterionDialect::identification(int n) const
{
    const SimModuleConfig &c = ctx().config();
    QList<QByteArray> lines{c.manufacturer.toUtf8(), ctx().state().text(QStringLiteral("model"), c.model).toUtf8(),
                            revision()};
    if (n == 1)
        lines << "A-REVISION " + ctx().firmware().toUtf8() + ".02";
    else if (n != 0)
        return {};
    return lines;
}

void CinterionDialect::boot(BootReason reason)
{
    Q_UNUSED(reason);
    SimState &s = ctx().state();
    if (s.flag(key("installing"))) {
        // An interrupted install starts over at the next boot.
        after(500ms, [this] { install(true); });
        return;
    }
    // An LwM2M download cut by the restart is lost: object 5 says so, and
    // the server may start another.
    const QString state = firmwareObject(QStringLiteral("/5/0/3"));
    if (!s.text(key("lwm2m")).isEmpty() && (state == QLatin1String("1") || state == QLatin1String("2"))) {
        s.removeBlob(kPackage);
        setFirmwareObject(QStringLiteral("/5/0/3"), 0);
        setFirmwareObject(QStringLiteral("/5/0/5"), 4); // connection lost during download
    }
    after(300ms, [this] {
        ctx().urc("^SYSSTART");
        ctx().urc("+CIEV: prov,0,\"fallb3gpp\"");
    });
}

bool CinterionDialect::serverRequest(bool automatic)
{
    Q_UNUSED(automatic);
    SimState &s = ctx().state();
    const QByteArray package = serverPackage();
    const auto header = SimPackage::parse(package);
    if (s.text(key("lwm2m")).isEmpty() || package.isEmpty() || m_lwm2mDownload || m_download
        || s.flag(key("installing")) || (header && header->to == ctx().firmware()))
        return false;
    // The server writes the package URI (/5/0/1); the client downloads.
    setFirmwareObject(QStringLiteral("/5/0/5"), 0);
    setFirmwareObject(QStringLiteral("/5/0/3"), 1);
    if (!ctx().faults().httpFault().isEmpty()) {
        after(2s, [this] {
            setFirmwareObject(QStringLiteral("/5/0/3"), 0);
            setFirmwareObject(QStringLiteral("/5/0/5"), 4); // connection lost during download
        });
        return true;
    }
    // A client that only polls object 5 (every 10 s) must be able to see the
    // download: it never takes less than 12 real seconds, whatever the scale.
    const auto duration = std::chrono::milliseconds(20000 + package.size() / 5);
    m_lwm2mDownload = new SimulatedDownload(package.size(), 0,
                                            std::max<std::chrono::milliseconds>(ctx().scaled(duration), std::chrono::seconds(12)),
                                            this);
    connect(m_lwm2mDownload, &SimulatedDownload::progress, this, [this](qint64 got, qint64 total) {
        ctx().checkpoint(FaultSet::Phase::Download, int(got * 100 / total));
    });
    connect(m_lwm2mDownload, &SimulatedDownload::finished, this, [this, package] {
        m_lwm2mDownload->deleteLater();
        m_lwm2mDownload = nullptr;
        const auto h = SimPackage::parse(package);
        if (!h || !h->intact || ctx().faults().takeBadChecksum()) {
            setFirmwareObject(QStringLiteral("/5/0/3"), 0);
            setFirmwareObject(QStringLiteral("/5/0/5"), 5); // integrity check failure
            return;
        }
        ctx().state().setBlob(kPackage, package);
        setFirmwareObject(QStringLiteral("/5/0/3"), 2);
        // The server executes /5/0/2: the module installs and restarts.
        after(1s, [this] {
            ctx().state().setFlag(key("lwm2mInstall"), true);
            setFirmwareObject(QStringLiteral("/5/0/3"), 3);
            install(false);
        });
    });
    m_lwm2mDownload->start();
    return true;
}

QString CinterionDialect::firmwareObjectKey(const QString &resource) const
{
    // Where AT^SNLWM2M=cfg,<profile>,<resource> reads it, for the started client.
    return QStringLiteral("^SNLWM2M:cfg/%1/%2").arg(ctx().state().text(key("lwm2m")), resource);
}

QString CinterionDialect::firmwareObject(const QString &resource) const
{
    return ctx().state().setting(firmwareObjectKey(resource));
}

void CinterionDialect::setFirmwareObject(const QString &resource, int value)
{
    ctx().state().setSetting(firmwareObjectKey(resource), QString::number(value));
}

void CinterionDialect::reportAct(int action, int error, int progress)
{
    SimState &s = ctx().state();
    s.setText(key("act"), QStringLiteral("%1,%2,%3").arg(action).arg(error).arg(progress));
    if (s.text(key("urc"), QStringLiteral("0")) != QLatin1String("1"))
        return;
    const QByteArray line = quotedUrcNumbers()
                                ? QStringLiteral("^SNFOTA: \"act\",\"%1\",\"%2\",\"%3\"").arg(action).arg(error).arg(progress).toUtf8()
                                : QStringLiteral("^SNFOTA: \"act\",%1,%2,%3").arg(action).arg(error).arg(progress).toUtf8();
    ctx().urc(line);
}

std::optional<SimReply> CinterionDialect::handle(const SimCommand &cmd)
{
    const SimModuleConfig &c = ctx().config();
    if (cmd.is("^SCID") && cmd.isExec())
        return SimReply::ok({"^SCID: " + c.iccid.toUtf8()});
    if (cmd.is("+CCID") && cmd.isExec())
        return SimReply::ok({"+CCID: " + c.iccid.toUtf8()});
    if (cmd.is("^SNFOTA"))
        return snfota(cmd);
    if (cmd.is("^SFDL")) {
        if (!cmd.isSet() || cmd.number(0) != 2)
            return SimReply::error();
        if (!ctx().state().hasBlob(kPackage) || m_download)
            return SimReply::cmeError(3);
        after(300ms, [this] { install(false); });
        return SimReply::ok();
    }
    if (cmd.is("^SCFG"))
        return scfg(cmd);
    if (cmd.is("^SBNW"))
        return sbnw(cmd);
    if (cmd.is("^SGAUTH")) {
        if (cmd.isRead()) {
            QList<QByteArray> lines;
            for (const QString &entry : indexedEntries(cmd.name)) {
                const QStringList a = SimCommand::splitArgs(entry);
                // The password is not shown back.
                lines << QStringLiteral("^SGAUTH: %1,%2,\"%3\"").arg(a.value(0), a.value(1), a.value(3)).toUtf8();
            }
            return SimReply::ok(lines);
        }
        return setting(cmd, true);
    }
    if (cmd.is("^SGAPN"))
        return setting(cmd, true);
    for (const auto &[name, value] : settingDefaults()) {
        if (cmd.name == name)
            return setting(cmd, false, value);
    }
    if (cmd.is("^SNLWM2M")) {
        if (!cmd.isSet())
            return cmd.isTest() ? SimReply::ok() : SimReply::error();
        const QString sub = cmd.arg(0).toLower();
        if (sub == QLatin1String("act")) {
            if (cmd.arg(2).isEmpty())
                return SimReply::error();
            // The started client is the one the LwM2M server talks to.
            if (cmd.arg(2).compare(QLatin1String("start"), Qt::CaseInsensitive) == 0)
                ctx().state().setText(key("lwm2m"), cmd.arg(1));
            else if (cmd.arg(2).compare(QLatin1String("stop"), Qt::CaseInsensitive) == 0)
                ctx().state().remove(key("lwm2m"));
            return SimReply::ok();
        }
        if (!sub.startsWith(QLatin1String("cfg")))
            return SimReply::error();
        const QString entry = QStringLiteral("^SNLWM2M:%1/%2/%3").arg(sub, cmd.arg(1), cmd.arg(2));
        if (cmd.args.size() <= 3) { // read one object resource back
            return SimReply::ok({QStringLiteral("^SNLWM2M: %1,%2,%3,\"%4\"")
                                     .arg(sub, cmd.arg(1), cmd.arg(2), ctx().state().setting(entry)).toUtf8()});
        }
        ctx().state().setSetting(entry, cmd.args.mid(3).join(QLatin1Char(',')));
        return SimReply::ok();
    }
    return std::nullopt;
}

SimReply CinterionDialect::snfota(const SimCommand &cmd)
{
    SimState &s = ctx().state();
    auto line = [&](const char *name) -> QByteArray {
        if (qstrcmp(name, "act") == 0) {
            const QStringList a = s.text(key("act"), QStringLiteral("0,0,0")).split(QLatin1Char(','));
            return QStringLiteral("^SNFOTA: \"act\",\"%1\",\"%2\",\"%3\"").arg(a.value(0), a.value(1), a.value(2)).toUtf8();
        }
        const QString fallback = qstrcmp(name, "urc") == 0 ? QStringLiteral("0") : QString();
        return QStringLiteral("^SNFOTA: \"%1\",\"%2\"").arg(QLatin1String(name), s.text(key(name), fallback)).toUtf8();
    };
    if (cmd.isRead())
        return SimReply::ok({line("url"), line("crc"), line("urc"), line("conid"), line("act")});
    if (cmd.isTest())
        return SimReply::ok({"^SNFOTA: \"act\",(0,2)", "^SNFOTA: \"conid\",(1-16)", "^SNFOTA: \"crc\",(64)",
                             "^SNFOTA: \"url\",(255)", "^SNFOTA: \"urc\",(0,1)"});
    if (!cmd.isSet())
        return SimReply::error();
    const QString name = cmd.arg(0).toLower();
    const QStringList names{QStringLiteral("url"), QStringLiteral("conid"), QStringLiteral("crc"),
                            QStringLiteral("urc"), QStringLiteral("act")};
    if (!names.contains(name))
        return SimReply::cmeError(50);
    if (cmd.args.size() == 1)
        return SimReply::ok({line(name.toLatin1().constData())});
    const QString value = cmd.arg(1);
    if (name == QLatin1String("act")) {
        if (value == QLatin1String("2")) {
            if (auto locked = requireSim())
                return *locked;
            if (m_download)
                return SimReply::cmeError(3);
            QTimer::singleShot(0, this, [this] { startDownload(); });
            return SimReply::ok();
        }
        if (value == QLatin1String("0")) {
            if (m_download) {
                const int progress = m_lastTenth * 10;
                QTimer::singleShot(0, this, [this, progress] {
                    if (m_download) {
                        // Keep what arrived: the next act,2 resumes from it.
                        ctx().state().setBlob(kFragment, m_download->received());
                        delete m_download;
                        reportAct(2, 12, qMax(0, progress));
                    }
                });
            }
            return SimReply::ok();
        }
        return SimReply::cmeError(50);
    }
    if (name == QLatin1String("urc") && value != QLatin1String("0") && value != QLatin1String("1"))
        return SimReply::cmeError(50);
    if (name == QLatin1String("crc"))
        s.setText(key("crc"), value.toLower());
    else
        s.setText(key(name.toLatin1().constData()), value);
    return SimReply::ok();
}

void CinterionDialect::startDownload()
{
    SimState &s = ctx().state();
    const QString url = s.text(key("url"));
    const QString conid = s.text(key("conid"));
    m_lastTenth = -1;
    if (url.isEmpty() || conid.isEmpty()) {
        reportAct(2, 14, 0);
        return;
    }
    if (!s.settings().contains(QStringLiteral("+CGDCONT:") + conid)) {
        reportAct(2, 13, 0); // no PDP context to activate for this connection id
        return;
    }
    const QUrl target(url);
    const bool https = target.scheme() == QLatin1String("https");
    bool haveCertificate = false;
    for (const QString &k : s.settings().keys())
        haveCertificate |= k.startsWith(QLatin1String("^SBNW:cert"));
    if (https && !haveCertificate) {
        after(2s, [this] { reportAct(2, 6, 0); });
        return;
    }
    QByteArray fragment;
    if (s.text(key("fragmentUrl")) == url)
        fragment = s.blob(kFragment);
    s.setText(key("fragmentUrl"), url);
    s.removeBlob(kPackage);

    m_download = new HttpDownload(ctx().network(), ctx().faults(), this);
    m_download->setMaxSize(kPartitionBytes);
    m_download->setTimeout(qMax<std::chrono::milliseconds>(ctx().scaled(60s), 2s)); // never shorter than a busy machine needs
    m_download->setIgnoreSslErrors(haveCertificate);
    connect(m_download, &HttpDownload::progress, this, [this](qint64 got, qint64 total) {
        if (total <= 0)
            return;
        const int percent = int(got * 100 / total);
        // The fragment survives a power loss: that is what resume is for.
        ctx().state().setBlob(kFragment, m_download->received());
        if (!ctx().checkpoint(FaultSet::Phase::Download, percent))
            return;
        const int tenth = qMin(percent / 10, 9); // 100 % only once the hash is checked
        while (m_lastTenth < tenth) {
            ++m_lastTenth;
            reportAct(2, 0, m_lastTenth * 10);
        }
    });
    connect(m_download, &HttpDownload::finished, this, [this](const HttpDownload::Result &r) {
        SimState &st = ctx().state();
        const int progress = qMax(0, m_lastTenth) * 10;
        m_download->deleteLater();
        m_download = nullptr;
        auto failWith = [&](int error) {
            if (!r.body.isEmpty() && (error == 5 || error == 6))
                st.setBlob(kFragment, r.body);
            else if (error != 12)
                st.removeBlob(kFragment);
            reportAct(2, error, progress);
        };
        switch (r.error) {
        case HttpDownload::Error::None: break;
        case HttpDownload::Error::Http: return failWith(r.status == 404 ? 10 : 3);
        case HttpDownload::Error::TooLarge: return failWith(8);
        case HttpDownload::Error::Reset: return failWith(5);
        case HttpDownload::Error::Aborted: return failWith(12);
        case HttpDownload::Error::Unreachable:
        case HttpDownload::Error::Timeout:
        case HttpDownload::Error::BadUrl: return failWith(6);
        }
        const QByteArray sha = QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toHex();
        const QString crc = st.text(key("crc"));
        const bool corrupt = ctx().faults().takeBadChecksum();
        if (corrupt || (!crc.isEmpty() && QString::fromLatin1(sha) != crc)) {
            st.removeBlob(kFragment);
            reportAct(2, 11, 100);
            return;
        }
        st.setBlob(kPackage, r.body);
        st.removeBlob(kFragment);
        while (m_lastTenth < 9) {
            ++m_lastTenth;
            reportAct(2, 0, m_lastTenth * 10);
        }
        reportAct(2, 0, 100);
    });
    m_download->start(target, fragment);
}

void CinterionDialect::install(bool resumed)
{
    Q_UNUSED(resumed);
    SimState &s = ctx().state();
    s.setFlag(key("installing"), true);
    ctx().raw("FOTA START\r\n");
    const auto header = SimPackage::parse(s.blob(kPackage));
    if (!header || !header->intact) {
        ctx().raw("Checksum ERROR\r\n");
        s.setFlag(key("installing"), false);
        after(1s, [this] { ctx().reboot(BootReason::Reboot); });
        return;
    }
    ctx().raw("Checksum OK\r\n");
    after(1s, [this] { installLine(1); });
}

void CinterionDialect::installLine(int step)
{
    if (!ctx().checkpoint(FaultSet::Phase::Install, step * 100 / kInstallSteps))
        return;
    if (step <= kInstallSteps) {
        ctx().raw(QByteArray(8, '.') + "\r\n");
        after(1s, [this, step] { installLine(step + 1); });
        return;
    }
    SimState &s = ctx().state();
    const QByteArray package = s.blob(kPackage);
    const bool applies = packageApplies(package);
    if (!applies) {
        // A delta for another version: the old firmware stays.
        ctx().raw("PHASE 1 FAILED!\r\n");
    } else {
        ctx().raw("PHASE 1 OK!\r\n");
        ctx().raw(".Please Wait for PHASE 2 to complete\r\n");
        ctx().setFirmware(SimPackage::parse(package)->to);
        resetTable3();
    }
    if (s.flag(key("lwm2mInstall"))) {
        s.setFlag(key("lwm2mInstall"), false);
        setFirmwareObject(QStringLiteral("/5/0/3"), 0);
        setFirmwareObject(QStringLiteral("/5/0/5"), applies ? 1 : 8);
    }
    s.removeBlob(kPackage);
    s.setText(key("act"), QStringLiteral("0,0,0"));
    s.setFlag(key("installing"), false);
    after(2s, [this] { ctx().reboot(BootReason::Reboot); });
}

void CinterionDialect::resetTable3()
{
    SimState &s = ctx().state();
    QJsonObject settings = s.settings();
    QStringList table3{QStringLiteral("^SCFG"), QStringLiteral("+CGDCONT"), QStringLiteral("^SGAPN"),
                       QStringLiteral("^SGAUTH")};
    for (const auto &entry : settingDefaults())
        table3 << entry.first;
    for (const QString &k : settings.keys()) {
        if (table3.contains(k.section(QLatin1Char(':'), 0, 0)))
            settings.remove(k);
    }
    s.setSettings(settings);
}

SimReply CinterionDialect::scfg(const SimCommand &cmd)
{
    SimState &s = ctx().state();
    auto value = [&](const QString &k, const QString &fallback) {
        return s.setting(QStringLiteral("^SCFG:") + k, fallback);
    };
    if (cmd.isRead()) {
        QList<QByteArray> lines;
        for (const auto &[k, def] : scfgDefaults())
            lines << QStringLiteral("^SCFG: \"%1\",%2").arg(k, value(k, def)).toUtf8();
        return SimReply::ok(lines);
    }
    if (cmd.isTest())
        return SimReply::ok();
    if (!cmd.isSet())
        return SimReply::error();
    const QString k = cmd.arg(0);
    QString def;
    QString canonical;
    for (const auto &[name, d] : scfgDefaults()) {
        if (name.compare(k, Qt::CaseInsensitive) == 0) {
            canonical = name;
            def = d;
        }
    }
    if (canonical.isEmpty())
        return SimReply::cmeError(50);
    const qsizetype comma = firstComma(cmd.argText);
    if (comma >= 0)
        s.setSetting(QStringLiteral("^SCFG:") + canonical, cmd.argText.mid(comma + 1).trimmed());
    return SimReply::ok({QStringLiteral("^SCFG: \"%1\",%2").arg(canonical, value(canonical, def)).toUtf8()});
}

SimReply CinterionDialect::sbnw(const SimCommand &cmd)
{
    if (!cmd.isSet() || cmd.arg(0).toLower() != QLatin1String("is_cert") || !cmd.hasNumber(1))
        return SimReply::error();
    const QString slot = cmd.arg(1);
    m_certificate.clear();
    // The certificate is binary DER (its own header gives the length) or PEM
    // (ends with the END line); a quiet line ends anything else.
    auto *quiet = new QTimer(this);
    quiet->setSingleShot(true);
    auto complete = [this, slot, quiet](bool ok, const QByteArray &rest) {
        quiet->deleteLater();
        ctx().interpreter().endRaw(rest);
        if (ok) {
            ctx().state().setSetting(QStringLiteral("^SBNW:cert") + slot, QString::fromLatin1(m_certificate.toBase64()));
            ctx().finish(SimReply::ok({"SECURE CMD END OK"}));
        } else {
            ctx().finish(SimReply::error());
        }
    };
    connect(quiet, &QTimer::timeout, this, [this, complete] { complete(!m_certificate.isEmpty(), {}); });
    ctx().interpreter().beginRaw([this, complete, quiet](const QByteArray &bytes) {
        m_certificate += bytes;
        quiet->start(qMax<std::chrono::milliseconds>(ctx().scaled(5s), 2s));
        qsizetype need = -1;
        const QByteArray &c = m_certificate;
        if (c.size() >= 2 && quint8(c.at(0)) == 0x30) {
            const auto l = quint8(c.at(1));
            if (l < 0x80)
                need = 2 + l;
            else if (l == 0x81 && c.size() >= 3)
                need = 3 + quint8(c.at(2));
            else if (l == 0x82 && c.size() >= 4)
                need = 4 + (quint8(c.at(2)) << 8 | quint8(c.at(3)));
        } else {
            const qsizetype end = c.indexOf("-----END CERTIFICATE-----");
            if (end >= 0) {
                const qsizetype nl = c.indexOf('\n', end);
                if (nl >= 0)
                    need = nl + 1;
            }
        }
        if (need >= 0 && c.size() >= need) {
            const QByteArray rest = m_certificate.mid(need);
            m_certificate.truncate(need);
            complete(true, rest);
        }
    });
    quiet->start(qMax<std::chrono::milliseconds>(ctx().scaled(5s), 2s));
    return SimReply::connect();
}
