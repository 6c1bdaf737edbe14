#include "matrixspec.h"

#include <QRegularExpression>

QString KillPoint::label() const
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::StepStart: return QStringLiteral("step:") + what;
    case Kind::AfterCommit: return QStringLiteral("commit:") + what;
    case Kind::MidTransfer: return QStringLiteral("transfer@%1%").arg(percent);
    }
    return {};
}

QString MatrixCase::name() const
{
    return method.id() + QLatin1Char(' ') + (isFault ? fault.name : kill.label());
}

namespace {

const QString kPfmNumber = QStringLiteral("+391234560001");

MethodSpec base(const QString &family, const QString &method, const QString &label)
{
    MethodSpec m;
    m.family = family;
    m.method = method;
    m.label = label;
    if (family == QLatin1String("telit-pfm")) {
        m.model = QStringLiteral("GE910-QUAD");
        m.from = QStringLiteral("10.00.005");
        // #NITZ is not in the update's kept list: it comes back only if restored.
        m.seed = {QStringLiteral("AT#NITZ=1")};
        m.settingQuery = QStringLiteral("AT#NITZ?");
        m.settingToken = QStringLiteral("#NITZ: 1");
    } else if (family == QLatin1String("cinterion")) {
        m.model = QStringLiteral("EXS82-W");
        m.from = QStringLiteral("01.000");
        m.to = QStringLiteral("01.100");
        // Table 3 of the FOTA note: back to its default after any update.
        m.seed = {QStringLiteral("AT^SCFG=\"Radio/Band/CatM\",\"00080004\"")};
        m.settingQuery = QStringLiteral("AT^SCFG?");
        m.settingToken = QStringLiteral("\"Radio/Band/CatM\",\"00080004\"");
    } else if (family == QLatin1String("simcom-sim7020")) {
        m.model = QStringLiteral("SIM7020C");
        m.from = QStringLiteral("1752B05SIM7020C");
        m.seed = {QStringLiteral("AT+CGDCONT=2,\"IP\",\"iot.example\"")};
        m.settingQuery = QStringLiteral("AT+CGDCONT?");
        m.settingToken = QStringLiteral("iot.example");
    } else {
        m.model = QStringLiteral("HL7800");
        m.from = QStringLiteral("BHL7800.1.6.3.0.20180803");
        m.seed = {QStringLiteral("AT+CGDCONT=2,\"IP\",\"iot.example\"")};
        m.settingQuery = QStringLiteral("AT+CGDCONT?");
        m.settingToken = QStringLiteral("iot.example");
    }
    if (m.to.isEmpty())
        m.to = m.from + QStringLiteral("-NEW");
    return m;
}

} // namespace

QList<MethodSpec> allMethods()
{
    QList<MethodSpec> all;

    MethodSpec pfm = base(QStringLiteral("telit-pfm"), QStringLiteral("ota"), QStringLiteral("pfm-ota"));
    pfm.simServesPackage = true;
    pfm.cliPackage = false;
    pfm.cliOptions = {QStringLiteral("--pfm-number"), kPfmNumber};
    pfm.serverRequest = true;
    pfm.commits = {QStringLiteral("#OTASUAN=1")};
    pfm.downloads = true;
    pfm.downloadPercent = false;
    all << pfm;

    MethodSpec snfota = base(QStringLiteral("cinterion"), QStringLiteral("ota"), QStringLiteral("snfota"));
    snfota.cliOptions = {QStringLiteral("--apn"), QStringLiteral("internet")};
    snfota.commits = {QStringLiteral("^SNFOTA=ACT,2"), QStringLiteral("^SFDL=2")};
    snfota.downloads = true;
    all << snfota;

    // The LwM2M client is configured and started; fotadesk-sim's LwM2M server
    // then writes the package URI and executes the update (server-request).
    MethodSpec lwm2m = base(QStringLiteral("cinterion"), QStringLiteral("lwm2m"), QStringLiteral("lwm2m"));
    lwm2m.simServesPackage = true;
    lwm2m.cliPackage = false;
    lwm2m.cliOptions = {QStringLiteral("--url"), QStringLiteral("coap://127.0.0.1:5683"), QStringLiteral("--apn"),
                        QStringLiteral("internet")};
    lwm2m.serverRequest = true;
    lwm2m.commits = {QStringLiteral("^SNLWM2M=ACT,")};
    lwm2m.downloads = true;
    lwm2m.downloadPercent = false;
    all << lwm2m;

    MethodSpec cflw = base(QStringLiteral("simcom-sim7020"), QStringLiteral("cflw"), QStringLiteral("cflw"));
    cflw.commits = {QStringLiteral("+CFOTA=5")};
    cflw.transfersBytes = true;
    all << cflw;

    MethodSpec httpfs = base(QStringLiteral("simcom-sim7020"), QStringLiteral("http-fs"), QStringLiteral("http-fs"));
    httpfs.commits = {QStringLiteral("+CFOTA=5")};
    httpfs.downloads = true;
    all << httpfs;

    MethodSpec cfota = base(QStringLiteral("simcom-sim7020"), QStringLiteral("ota"), QStringLiteral("cfota"));
    cfota.simServesPackage = true;
    cfota.cliPackage = false;
    cfota.commits = {QStringLiteral("+CFOTA=1")};
    cfota.downloads = true;
    cfota.downloadPercent = false;
    all << cfota;

    MethodSpec xmodem = base(QStringLiteral("sierra-hl78xx"), QStringLiteral("xmodem"), QStringLiteral("xmodem"));
    xmodem.commits = {QStringLiteral("+WDSR=4")};
    xmodem.transfersBytes = true;
    all << xmodem;

    MethodSpec airvantage = base(QStringLiteral("sierra-hl78xx"), QStringLiteral("ota"), QStringLiteral("airvantage"));
    airvantage.simServesPackage = true;
    airvantage.cliPackage = false;
    airvantage.cliOptions = {QStringLiteral("--apn"), QStringLiteral("internet")};
    // Its agreements off, as a module's are by default: FotaDesk accepts for it,
    // so the module downloads and installs unasked once the session opens.
    airvantage.commits = {QStringLiteral("+WDSS=1,1")};
    airvantage.downloadPercent = false;
    airvantage.downloads = true;
    all << airvantage;
    return all;
}

std::optional<MethodSpec> methodById(const QString &id)
{
    for (const MethodSpec &m : allMethods()) {
        if (m.id() == id)
            return m;
    }
    return std::nullopt;
}

QString normalisedCommand(const QString &line)
{
    QString out;
    out.reserve(line.size());
    for (QChar c : line) {
        if (!c.isSpace() && c != QLatin1Char('"'))
            out.append(c.toUpper());
    }
    if (out.startsWith(QLatin1String("AT")))
        out.remove(0, 2);
    return out;
}

bool commandMatches(const QString &line, const QString &pattern)
{
    const QString text = normalisedCommand(line);
    // Each ';'-chained command on its own, with or without its "AT".
    for (QString command : text.split(QLatin1Char(';'))) {
        if (command.startsWith(QLatin1String("AT")))
            command.remove(0, 2);
        if (!command.startsWith(pattern))
            continue;
        if (pattern.endsWith(QLatin1Char(',')) || command.size() == pattern.size()
            || command.at(pattern.size()) == QLatin1Char(','))
            return true;
    }
    return false;
}
