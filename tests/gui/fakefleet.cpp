#include "fakefleet.h"

#include "fakeengine.h"

#include <QDateTime>

namespace {

struct Plan
{
    Family family;
    const char *maker;
    const char *model;
    const char *from;
    const char *to;
    const char *tac;
};

const Plan kPlans[] = {
    {Family::TelitPfm, "Telit", "GE910-QUAD", "10.00.005", "10.00.006", "35616705"},
    {Family::Cinterion, "Cinterion", "EXS82-W", "01.000", "01.100", "35418411"},
    {Family::SimcomSim7020, "SIMCOM_Ltd", "SIM7020C", "1752B05SIM7020C", "1752B06SIM7020C", "86767903"},
    {Family::SierraHl78xx, "Sierra Wireless", "HL7800", "BHL7800.1.6.3.0.20180803", "BHL7800.1.7.0.0.20190620",
     "35290610"},
};

const Plan &planFor(Family family)
{
    for (const Plan &p : kPlans) {
        if (p.family == family)
            return p;
    }
    return kPlans[0];
}

} // namespace

namespace FakeFleet {

ModuleSnapshot module(Family family, int index)
{
    const Plan &plan = planFor(family);
    ModuleSnapshot m;
    m.identity.family = family;
    m.identity.manufacturer = QLatin1String(plan.maker);
    m.identity.model = QLatin1String(plan.model);
    m.identity.firmware = QLatin1String(plan.from);
    m.identity.imei = QLatin1String(plan.tac) + QStringLiteral("%1").arg(100000 + index * 13, 7, 10, QLatin1Char('0'));
    m.identity.imsi = QStringLiteral("0010112345%1").arg(index, 5, 10, QLatin1Char('0'));
    m.identity.iccid = QStringLiteral("8901001200000%1").arg(index, 6, 10, QLatin1Char('0'));
    m.identity.serial = QStringLiteral("SN%1").arg(index, 6, 10, QLatin1Char('0'));
    m.identity.simState = QStringLiteral("READY");
    m.id = m.identity.key();
    m.port = QStringLiteral("/dev/ttyUSB%1").arg(index);
    m.connection = ModuleSession::State::Connected;
    m.lines = {true, true, true, true, false};
    m.transcriptPath = QStringLiteral("/tmp/fotadesk-test-transcripts/%1.log").arg(m.id);
    return m;
}

PackageInfo package(Family family)
{
    const Plan &plan = planFor(family);
    PackageInfo p;
    p.family = family;
    p.model = QLatin1String(plan.model);
    p.fromVersion = QLatin1String(plan.from);
    p.toVersion = QLatin1String(plan.to);
    p.path = QStringLiteral("/srv/packages/%1_%2_to_%3.bin").arg(familyId(family), p.fromVersion, p.toVersion);
    p.size = 200 * 1024 + int(family) * 37 * 1024;
    p.sha256 = QString::number(qHash(p.path), 16).repeated(8).left(64);
    p.md5 = p.sha256.left(32);
    p.source = PackageInfo::Source::Manifest;
    return p;
}

UpdateProgress progress(UpdatePhase phase, int percent, qint64 total, double rate)
{
    UpdateProgress p;
    p.phase = phase;
    p.percent = percent;
    if (total > 0 && percent >= 0) {
        p.bytesTotal = total;
        p.bytesDone = total * percent / 100;
    }
    p.bytesPerSecond = rate;
    if (rate > 0 && p.bytesTotal > 0)
        p.etaMs = qint64((p.bytesTotal - p.bytesDone) / rate * 1000);
    p.message = phaseDisplayName(phase);
    return p;
}

QList<Traffic> traffic(Family family, qint64 first, int count, qint64 msecs)
{
    static const QList<QPair<Traffic::Kind, QString>> common{
        {Traffic::Kind::Command, QStringLiteral("AT+CSQ")},
        {Traffic::Kind::Response, QStringLiteral("+CSQ: 18,99")},
        {Traffic::Kind::Final, QStringLiteral("OK")},
        {Traffic::Kind::RawOut, QStringLiteral("1K-XMODEM block %1 (1024 bytes)")},
        {Traffic::Kind::RawIn, QStringLiteral("ACK")},
        {Traffic::Kind::Note, QStringLiteral("Transferring: block %1 acknowledged")},
        {Traffic::Kind::Command, QStringLiteral("AT+CREG?")},
        {Traffic::Kind::Response, QStringLiteral("+CREG: 0,1")},
        {Traffic::Kind::Final, QStringLiteral("OK")},
    };
    const QString urc = family == Family::TelitPfm        ? QStringLiteral("#OTAEV: Start Fw Download")
                        : family == Family::SierraHl78xx  ? QStringLiteral("+WDSI: 3")
                        : family == Family::Cinterion     ? QStringLiteral("^SNFOTA: \"act\",2,0,%1")
                                                          : QStringLiteral("+CFOTA: DOWNLOADING,%1");
    QList<Traffic> out;
    out.reserve(count);
    const qint64 base = msecs ? msecs : QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        const qint64 n = first + i;
        Traffic t;
        t.msecs = base + i;
        if (n % 10 == 9) {
            t.kind = Traffic::Kind::Urc;
            t.text = urc.contains(QLatin1String("%1")) ? urc.arg(n % 100) : urc;
        } else {
            const auto &[kind, text] = common.at(n % common.size());
            t.kind = kind;
            t.text = text.contains(QLatin1String("%1")) ? text.arg(n) : text;
        }
        out << t;
    }
    return out;
}

} // namespace FakeFleet

FleetPlayer::FleetPlayer(FakeEngine *engine, int modules, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    const QList<Family> families = allFamilies();
    QList<ModuleSnapshot> all;
    for (int i = 0; i < modules; ++i) {
        ModuleSnapshot m = FakeFleet::module(families.at(i % families.size()), i);
        m.jobId = i + 1;
        m.jobActive = true;
        m.progress = FakeFleet::progress(UpdatePhase::Preparing);
        all << m;
        m_ids << m.id;
        // Spread out, so the fleet is in every phase at once.
        m_position << double(i) / modules;
    }
    engine->publish(all);
    m_timer.setInterval(33);
    connect(&m_timer, &QTimer::timeout, this, &FleetPlayer::tick);
}

void FleetPlayer::tick()
{
    QList<ModuleSnapshot> changed;
    m_lineDebt += double(m_linesPerSecond) * m_timer.interval() / 1000.0;
    const int lines = int(m_lineDebt);
    m_lineDebt -= lines;
    for (int i = 0; i < m_ids.size(); ++i) {
        ModuleSnapshot m = m_engine->module(m_ids.at(i));
        double &pos = m_position[i];
        pos += 0.002;
        if (pos >= 1.0)
            pos = 0.0;
        // 0-0.1 preparing, 0.1-0.7 transferring, 0.7-0.9 installing, then rebooting.
        if (pos < 0.1)
            m.progress = FakeFleet::progress(UpdatePhase::Preparing);
        else if (pos < 0.7)
            m.progress = FakeFleet::progress(UpdatePhase::Transferring, int((pos - 0.1) / 0.6 * 100), 256 * 1024,
                                             11500);
        else if (pos < 0.9)
            m.progress = FakeFleet::progress(UpdatePhase::Installing);
        else
            m.progress = FakeFleet::progress(UpdatePhase::Rebooting);
        changed << m;
        if (lines > 0) {
            emit m_engine->trafficBatch(m.id, FakeFleet::traffic(m.identity.family, m_lines, lines));
            m_lines += lines;
        }
    }
    m_engine->publish(changed);
    emit ticked();
}

void FleetPlayer::stageMidUpdate()
{
    QList<ModuleSnapshot> all;
    for (int i = 0; i < m_ids.size(); ++i) {
        ModuleSnapshot m = m_engine->module(m_ids.at(i));
        const Family f = m.identity.family;
        switch (i % 8) {
        case 0:
            m.progress = FakeFleet::progress(UpdatePhase::Downloading, 64, 40 * 1024, 1900);
            m.progress.message = QObject::tr("The module downloads the package from its PFM server");
            m.progress.rawLine = QStringLiteral("#OTAEV: Start Fw Download");
            m.lines.dcd = false;
            break;
        case 1:
            m.progress = FakeFleet::progress(UpdatePhase::Downloading, 41, 300 * 1024, 24000);
            break;
        case 2:
            m.progress = FakeFleet::progress(UpdatePhase::Installing);
            m.progress.elapsedMs = 192000;
            m.progress.limitMs = 900000;
            break;
        case 3:
            m.progress = FakeFleet::progress(UpdatePhase::Transferring, 37, 200 * 1024, 89700);
            m.progress.baud = 921600; // switched up for the transfer
            break;
        case 4:
            m.jobActive = false;
            m.jobOk = true;
            m.progress = FakeFleet::progress(UpdatePhase::Verified, 100);
            m.identity.firmware = FakeFleet::package(f).toVersion;
            m.jobResult = QObject::tr("Updated to %1").arg(m.identity.firmware);
            break;
        case 5:
            m.jobActive = false;
            m.jobOk = false;
            m.progress = FakeFleet::progress(UpdatePhase::Failed);
            m.jobResult = QObject::tr("Failed: the module did not accept the package checksum");
            break;
        case 6:
            m.progress = FakeFleet::progress(UpdatePhase::Verifying);
            break;
        case 7:
            m.progress = FakeFleet::progress(UpdatePhase::Rebooting);
            m.connection = ModuleSession::State::Disconnected;
            m.lines.valid = false;
            break;
        }
        all << m;
    }
    m_engine->publish(all);
}
