#include "faultset.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FaultSet", text);
}

std::optional<FaultSet::Phase> phaseFromName(const QString &name)
{
    if (name == QLatin1String("xmodem"))
        return FaultSet::Phase::Xmodem;
    if (name == QLatin1String("download"))
        return FaultSet::Phase::Download;
    if (name == QLatin1String("install"))
        return FaultSet::Phase::Install;
    return std::nullopt;
}

} // namespace

FaultSet::FaultSet(quint32 seed)
    : m_random(seed)
{
}

QString FaultSet::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Xmodem: return QStringLiteral("xmodem");
    case Phase::Download: return QStringLiteral("download");
    case Phase::Install: return QStringLiteral("install");
    }
    return {};
}

bool FaultSet::isValid(const QString &spec, QString *error)
{
    FaultSet probe;
    return probe.applyTo(spec, error, false);
}

bool FaultSet::add(const QString &spec, QString *error)
{
    return applyTo(spec.trimmed(), error, true);
}

void FaultSet::clear()
{
    m_specs.clear();
    m_noise = m_drop = 0;
    m_silent = false;
    m_silentUntil.reset();
    m_storm = 0;
    m_portLoss = {};
    m_powerCut = {};
    m_badChecksum = false;
    m_http.clear();
    m_lateText.clear();
    m_lateBy = std::chrono::milliseconds(0);
    m_dupAcks = 0;
    m_cNak = false;
    m_imeiSwap.clear();
    m_flood = {};
    m_iprIgnored = false;
    m_lineLimit = 0;
}

bool FaultSet::applyTo(const QString &spec, QString *error, bool commit)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString kind = (colon < 0 ? spec : spec.left(colon)).toLower();
    const QString arg = colon < 0 ? QString() : spec.mid(colon + 1).trimmed();
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("invalid fault \"%1\": %2").arg(spec, why);
        return false;
    };
    auto rate = [&](double &target) {
        bool ok = false;
        const double r = arg.toDouble(&ok);
        if (!ok || r < 0 || r > 1)
            return fail(tr("RATE must be a number from 0 to 1"));
        if (commit)
            target = r;
        return true;
    };
    auto shot = [&](Shot &target, bool percentRequired) {
        const QStringList parts = arg.split(QLatin1Char('@'));
        const auto phase = phaseFromName(parts.value(0).toLower());
        if (!phase)
            return fail(tr("PHASE must be xmodem, download or install"));
        int percent = 50;
        if (parts.size() > 1) {
            QString p = parts.at(1);
            if (p.endsWith(QLatin1Char('%')))
                p.chop(1);
            bool ok = false;
            percent = p.toInt(&ok);
            if (!ok || percent < 0 || percent > 100)
                return fail(tr("the point must be a percentage, e.g. @50%"));
        } else if (percentRequired) {
            return fail(tr("say where, e.g. xmodem@50%"));
        }
        if (commit)
            target = {true, *phase, percent};
        return true;
    };

    bool ok = false;
    if (kind == QLatin1String("clear")) {
        if (commit)
            clear();
        return true;
    } else if (kind == QLatin1String("noise")) {
        ok = rate(m_noise);
    } else if (kind == QLatin1String("drop")) {
        ok = rate(m_drop);
    } else if (kind == QLatin1String("nak-storm")) {
        const int n = arg.isEmpty() ? 5 : arg.toInt(&ok);
        ok = arg.isEmpty() || (ok && n > 0);
        if (!ok)
            return fail(tr("N must be a positive number"));
        if (commit)
            m_storm = n;
    } else if (kind == QLatin1String("silent")) {
        ok = true;
        std::optional<std::chrono::steady_clock::time_point> until;
        if (!arg.isEmpty()) {
            const int ms = arg.toInt(&ok);
            if (!ok || ms <= 0)
                return fail(tr("MS must be a positive number of milliseconds"));
            until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
        }
        if (commit) {
            m_silent = true;
            m_silentUntil = until;
        }
    } else if (kind == QLatin1String("port-loss")) {
        ok = shot(m_portLoss, true);
    } else if (kind == QLatin1String("power-cut")) {
        ok = shot(m_powerCut, false);
    } else if (kind == QLatin1String("bad-checksum") || kind == QLatin1String("bad-md5")
               || kind == QLatin1String("bad-hash") || kind == QLatin1String("bad-crc")) {
        ok = true;
        if (commit)
            m_badChecksum = true;
    } else if (kind == QLatin1String("http")) {
        const int code = arg.toInt(&ok);
        ok = (ok && code >= 100 && code <= 599) || arg == QLatin1String("reset")
             || arg == QLatin1String("timeout");
        if (!ok)
            return fail(tr("CODE must be an HTTP status, reset or timeout"));
        if (commit)
            m_http = arg;
    } else if (kind == QLatin1String("late")) {
        const qsizetype at = arg.lastIndexOf(QLatin1Char('@'));
        const QString text = at < 0 ? QString() : arg.left(at).trimmed();
        const int ms = at < 0 ? 0 : arg.mid(at + 1).toInt(&ok);
        if (text.isEmpty() || !ok || ms <= 0)
            return fail(tr("say which command and how late, e.g. late:+CIMI@3000"));
        if (commit) {
            m_lateText = text;
            m_lateBy = std::chrono::milliseconds(ms);
        }
    } else if (kind == QLatin1String("dup-ack")) {
        const int n = arg.isEmpty() ? 1 : arg.toInt(&ok);
        ok = arg.isEmpty() || (ok && n > 0);
        if (!ok)
            return fail(tr("N must be a positive number"));
        if (commit)
            m_dupAcks = n;
    } else if (kind == QLatin1String("c-nak")) {
        ok = true;
        if (commit)
            m_cNak = true;
    } else if (kind == QLatin1String("imei-swap")) {
        ok = arg.size() >= 14 && arg.size() <= 16
             && std::all_of(arg.begin(), arg.end(), [](QChar c) { return c.isDigit(); });
        if (!ok)
            return fail(tr("IMEI must be 14 to 16 digits"));
        if (commit)
            m_imeiSwap = arg;
    } else if (kind == QLatin1String("urc-flood")) {
        const QStringList parts = arg.split(QLatin1Char('@'));
        const int n = parts.value(0).toInt(&ok);
        if (!ok || n <= 0)
            return fail(tr("N must be a positive number"));
        int ms = 20;
        if (parts.size() > 1) {
            ms = parts.at(1).toInt(&ok);
            if (!ok || ms <= 0)
                return fail(tr("MS must be a positive number of milliseconds"));
        }
        if (commit)
            m_flood = {n, std::chrono::milliseconds(ms)};
    } else if (kind == QLatin1String("ipr-ignored")) {
        ok = true;
        if (commit)
            m_iprIgnored = true;
    } else if (kind == QLatin1String("line-limit")) {
        const int limit = arg.toInt(&ok);
        if (!ok || limit <= 0)
            return fail(tr("RATE must be a bit rate, e.g. line-limit:460800"));
        if (commit)
            m_lineLimit = limit;
    } else {
        return fail(tr("unknown kind \"%1\"").arg(kind));
    }
    if (ok && commit)
        m_specs << spec;
    return ok;
}

QByteArray FaultSet::corrupt(const QByteArray &bytes)
{
    if (m_noise <= 0 && m_drop <= 0)
        return bytes;
    QByteArray out;
    out.reserve(bytes.size());
    for (char c : bytes) {
        if (m_drop > 0 && m_random.generateDouble() < m_drop)
            continue;
        if (m_noise > 0 && m_random.generateDouble() < m_noise)
            c = char(m_random.bounded(256));
        out.append(c);
    }
    return out;
}

bool FaultSet::isSilent() const
{
    if (!m_silent)
        return false;
    return !m_silentUntil || std::chrono::steady_clock::now() < *m_silentUntil;
}

bool FaultSet::takeStormNak()
{
    if (m_storm <= 0)
        return false;
    --m_storm;
    return true;
}

bool FaultSet::shotDue(Shot &shot, Phase phase, int percent)
{
    if (!shot.armed || shot.phase != phase || percent < shot.percent)
        return false;
    shot.armed = false;
    return true;
}

bool FaultSet::portLossDue(Phase phase, int percent)
{
    return shotDue(m_portLoss, phase, percent);
}

bool FaultSet::powerCutDue(Phase phase, int percent)
{
    return shotDue(m_powerCut, phase, percent);
}

std::chrono::milliseconds FaultSet::takeLateAnswer(const QString &commandLine)
{
    if (m_lateText.isEmpty() || !commandLine.contains(m_lateText, Qt::CaseInsensitive))
        return std::chrono::milliseconds(0);
    m_lateText.clear();
    return std::exchange(m_lateBy, std::chrono::milliseconds(0));
}

bool FaultSet::takeDuplicateAck()
{
    if (m_dupAcks <= 0)
        return false;
    --m_dupAcks;
    return true;
}

bool FaultSet::takeBadChecksum()
{
    return std::exchange(m_badChecksum, false);
}
