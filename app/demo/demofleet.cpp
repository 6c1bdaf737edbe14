#include "demofleet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace {

// The versions and models fotadesk-sim gives each family by default
// (sim/simmoduleconfig.cpp), and the version each demo package installs.
struct FamilyPlan
{
    Family family;
    const char *model;
    const char *from;
    const char *to;
    qint64 size;
    const char *tac;        // the first 8 IMEI digits
    double timeScale;       // how fast the module's own timers run
};

const FamilyPlan kPlans[] = {
    // Telit keeps real time: its 60 s upgrade question must last 60 s. A small
    // delta so its GPRS-speed download takes half a minute.
    {Family::TelitPfm, "GE910-QUAD", "10.00.005", "10.00.006", 40 * 1024, "35616705", 1.0},
    {Family::Cinterion, "EXS82-W", "01.000", "01.100", 300 * 1024, "35418411", 0.5},
    // SIM7020 installs in ten one-minute steps; a tenth of that for a demo.
    {Family::SimcomSim7020, "SIM7020C", "1752B05SIM7020C", "1752B06SIM7020C", 120 * 1024, "86767903", 0.1},
    {Family::SierraHl78xx, "HL7800", "BHL7800.1.6.3.0.20180803", "BHL7800.1.7.0.0.20190620", 200 * 1024,
     "35290610", 0.5},
};

int luhn(const QString &digits)
{
    int sum = 0;
    bool twice = true;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (twice && (d *= 2) > 9)
            d -= 9;
        sum += d;
        twice = !twice;
    }
    return (10 - sum % 10) % 10;
}

QString withLuhn(const QString &body)
{
    return body + QString::number(luhn(body));
}

} // namespace

DemoFleet::DemoFleet(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

DemoFleet::~DemoFleet()
{
    stop();
}

QString DemoFleet::findSimulator(const QString &applicationDir)
{
    const QDir dir(applicationDir);
    for (const QString &candidate : {dir.filePath(QStringLiteral("fotadesk-sim")),
                                     dir.filePath(QStringLiteral("../fotadesk-sim/fotadesk-sim"))}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

QList<PackageInfo> DemoFleet::plannedPackages(const QString &folder)
{
    QList<PackageInfo> list;
    for (const FamilyPlan &plan : kPlans) {
        PackageInfo p;
        p.family = plan.family;
        p.model = QLatin1String(plan.model);
        p.fromVersion = QLatin1String(plan.from);
        p.toVersion = QLatin1String(plan.to);
        p.size = plan.size;
        p.source = PackageInfo::Source::User;
        p.path = QDir(folder).filePath(QStringLiteral("%1_%2_to_%3.bin").arg(familyId(plan.family), p.fromVersion, p.toVersion));
        list << p;
    }
    return list;
}

QString DemoFleet::linkGlob() const
{
    return m_dir ? QDir(m_dir->path()).filePath(QStringLiteral("modems/*")) : QString();
}

bool DemoFleet::isModule(const QString &imei) const
{
    return std::any_of(m_modules.cbegin(), m_modules.cend(), [&](const Module &m) { return m.imei == imei; });
}

bool DemoFleet::start(QString *error)
{
    m_simulator = m_options.simulator.isEmpty() ? findSimulator(QCoreApplication::applicationDirPath())
                                                : m_options.simulator;
    if (m_simulator.isEmpty() || !QFileInfo(m_simulator).isExecutable()) {
        if (error)
            *error = tr("fotadesk-sim was not found next to %1 or in its build tree")
                         .arg(QCoreApplication::applicationDirPath());
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("fotadesk-demo-XXXXXX")));
    const QDir root(m_dir->path());
    if (!m_dir->isValid() || !root.mkpath(QStringLiteral("modems")) || !root.mkpath(QStringLiteral("packages"))) {
        if (error)
            *error = tr("cannot make a folder for the demo fleet in %1").arg(QDir::tempPath());
        return false;
    }
    m_packages = plannedPackages(root.filePath(QStringLiteral("packages")));
    const int count = qMax(m_options.modules, int(std::size(kPlans)));
    for (int i = 0; i < count; ++i) {
        const FamilyPlan &plan = kPlans[i % std::size(kPlans)];
        const int n = i / int(std::size(kPlans));
        Module m;
        m.family = plan.family;
        m.link = root.filePath(QStringLiteral("modems/%1-%2").arg(familyId(plan.family)).arg(n));
        m.imei = withLuhn(QLatin1String(plan.tac) + QStringLiteral("%1").arg(700000 + i, 6, 10, QLatin1Char('0')));
        m.packagePath = m_packages.at(i % std::size(kPlans)).path;
        m_modules << m;
    }
    // One at a time: the machine may be busy, and packages are made in a blink.
    makeNextPackage();
    return true;
}

void DemoFleet::makeNextPackage()
{
    if (m_packagesMade == m_packages.size()) {
        emit packagesReady(m_packages);
        startModules();
        return;
    }
    const PackageInfo &p = m_packages.at(m_packagesMade);
    auto *process = new QProcess(this);
    connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        if (status != QProcess::NormalExit || code != 0) {
            emit failed(tr("fotadesk-sim make-package failed: %1")
                            .arg(QString::fromLocal8Bit(process->readAllStandardError()).trimmed()));
            return;
        }
        ++m_packagesMade;
        makeNextPackage();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            emit failed(tr("cannot run %1: %2").arg(m_simulator, process->errorString()));
    });
    process->start(m_simulator, {QStringLiteral("make-package"), QStringLiteral("--family"), familyId(p.family),
                                 QStringLiteral("--model"), p.model, QStringLiteral("--from"), p.fromVersion,
                                 QStringLiteral("--to"), p.toVersion, QStringLiteral("--size"),
                                 QString::number(p.size), QStringLiteral("-o"), p.path});
}

void DemoFleet::startModules()
{
    for (int i = 0; i < m_modules.size(); ++i)
        startModule(i);
}

void DemoFleet::startModule(int index)
{
    const Module &m = m_modules.at(index);
    const FamilyPlan &plan = kPlans[index % std::size(kPlans)];
    const QString name = QFileInfo(m.link).fileName();
    const QDir root(m_dir->path());
    QStringList args{QStringLiteral("--family"), familyId(m.family),
                     QStringLiteral("--link"), m.link,
                     QStringLiteral("--imei"), m.imei,
                     QStringLiteral("--imsi"), QStringLiteral("00101%1").arg(4000000000LL + index * 7919, 10, 10, QLatin1Char('0')),
                     QStringLiteral("--iccid"), withLuhn(QStringLiteral("890100120%1").arg(index, 9, 10, QLatin1Char('0'))),
                     QStringLiteral("--serial"), QStringLiteral("DEMO%1").arg(index, 4, 10, QLatin1Char('0')),
                     // Hidden like the control socket, so scanning modems/* skips it.
                     QStringLiteral("--state"), root.filePath(QStringLiteral("modems/.%1.json").arg(name)),
                     QStringLiteral("--ota-package"), m.packagePath,
                     QStringLiteral("--time-scale"), QString::number(plan.timeScale)};
    if (m_options.pace)
        args << QStringLiteral("--pace");
    if (m_options.reenumerate)
        args << QStringLiteral("--reenumerate");

    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // Should FotaDesk die without tidying up, its simulated modules go too.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    // The simulator announces each module on stdout once its link exists.
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        while (process->canReadLine()) {
            const QList<QByteArray> words = process->readLine().trimmed().split(' ');
            if (words.size() >= 2 && !words.contains("(re-enumerated)")) {
                emit moduleStarted(QString::fromLocal8Bit(words.at(1)));
                if (++m_started == m_modules.size())
                    emit fleetReady();
            }
        }
    });
    connect(process, &QProcess::finished, this, [this, process, name](int code, QProcess::ExitStatus) {
        if (m_processes.removeOne(process) && code != 0)
            emit failed(tr("the simulated module %1 stopped (exit code %2)").arg(name).arg(code));
        process->deleteLater();
    });
    m_processes << process;
    process->start(m_simulator, args);
}

void DemoFleet::offerUpdate(const QString &imei)
{
    for (const Module &m : std::as_const(m_modules)) {
        if (m.imei != imei)
            continue;
        auto *process = new QProcess(this);
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->start(m_simulator, {QStringLiteral("control"), QStringLiteral("--link"), m.link,
                                     QStringLiteral("server-request")});
    }
}

void DemoFleet::stop()
{
    // Every link, socket and state file is inside the temporary folder, which
    // goes with m_dir, so the simulators have nothing to tidy: they are killed
    // rather than asked to end, so none of them writes its state file while
    // the folder is being removed. Each QProcess lives on, unparented, until
    // it reports the end (no blocking wait, no process left unreaped).
    const QList<QProcess *> processes = std::exchange(m_processes, {});
    for (QProcess *p : processes) {
        disconnect(p, nullptr, this, nullptr);
        p->setParent(nullptr);
        connect(p, &QProcess::finished, p, &QObject::deleteLater);
        p->kill();
    }
}
