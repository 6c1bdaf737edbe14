#include "sierraagreement.h"

std::optional<Agreement> SierraAgreements::forIndication(Wdsi kind)
{
    switch (kind) {
    case Wdsi::ConnectRequest: return Agreement::Connect;
    case Wdsi::DownloadRequest: return Agreement::Download;
    case Wdsi::InstallRequest: return Agreement::Install;
    default: return std::nullopt;
    }
}

QString SierraAgreements::acceptCommand(Agreement agreement)
{
    switch (agreement) {
    case Agreement::Connect: return QStringLiteral("AT+WDSR=1");
    case Agreement::Download: return QStringLiteral("AT+WDSR=3");
    case Agreement::Install: return QStringLiteral("AT+WDSR=4");
    }
    return {};
}

QString SierraAgreements::deferCommand(Agreement agreement, int minutes)
{
    const int m = qBound(0, minutes, kMaxDeferMinutes);
    switch (agreement) {
    case Agreement::Connect: return QStringLiteral("AT+WDSR=0,%1").arg(m);
    case Agreement::Download: return QStringLiteral("AT+WDSR=2,%1").arg(m);
    case Agreement::Install: return QStringLiteral("AT+WDSR=5,%1").arg(m);
    }
    return {};
}

UpdatePrompt::Kind SierraAgreements::promptKind(Agreement agreement)
{
    switch (agreement) {
    case Agreement::Connect: return UpdatePrompt::Kind::ConnectAgreement;
    case Agreement::Download: return UpdatePrompt::Kind::DownloadAgreement;
    case Agreement::Install: return UpdatePrompt::Kind::InstallAgreement;
    }
    return UpdatePrompt::Kind::ConnectAgreement;
}

QString SierraAgreements::question(Agreement agreement)
{
    switch (agreement) {
    case Agreement::Connect:
        return tr("The module asks to connect to AirVantage. Connect now or defer? The request "
                  "cannot be refused; unanswered, it comes back.");
    case Agreement::Download:
        return tr("AirVantage offers a firmware package. Download it now or defer? The request "
                  "cannot be refused; unanswered, it comes back.");
    case Agreement::Install:
        return tr("The new firmware is ready to install. Install now or defer? The module restarts "
                  "and must not lose power while it installs.");
    }
    return {};
}

QHash<int, int> SierraAgreements::parseSwitches(const QStringList &lines)
{
    static const QString prefix = QStringLiteral("+WDSC:");
    QHash<int, int> out;
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (!t.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        const QStringList f = t.mid(prefix.size()).split(u',');
        bool okMode = false, okValue = false;
        const int mode = f.value(0).trimmed().toInt(&okMode);
        const int value = f.value(1).trimmed().toInt(&okValue);
        if (f.size() == 2 && okMode && okValue)
            out.insert(mode, value);
    }
    return out;
}
