#include "democommand.h"

#include "clicommon.h"

#include "demo/demodirector.h"
#include "demo/demofleet.h"
#include "engine/engine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace std::chrono_literals;

DemoCommand::DemoCommand() = default;

DemoCommand::~DemoCommand()
{
    m_director.reset();
    m_engine.reset(); // before the fleet: its store lives in the fleet's folder
    m_fleet.reset();
}

void DemoCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("modules"), tr("Simulated modules (at least one per family)."),
                      QStringLiteral("N"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("no-pace"),
                      tr("Let the simulated modules send at full speed instead of the serial line's rate.")});
}

int DemoCommand::start(const QCommandLineParser &parser)
{
    bool ok = false;
    DemoFleet::Options options;
    options.modules = parser.value(QStringLiteral("modules")).toInt(&ok);
    if (!ok || options.modules < 1 || options.modules > 64) {
        Cli::error(tr("--modules takes a number from 1 to 64"));
        return ExitUsage;
    }
    options.pace = !parser.isSet(QStringLiteral("no-pace"));
    options.simulator = DemoFleet::findSimulator(QCoreApplication::applicationDirPath());
    m_fleet = std::make_unique<DemoFleet>(options);
    QString why;
    if (!m_fleet->start(&why)) {
        Cli::error(tr("the simulated fleet cannot start: %1").arg(why));
        return ExitTransport;
    }
    m_expected = int(m_fleet->modules().size());
    connect(m_fleet.get(), &DemoFleet::failed, this, [this](const QString &reason) {
        Cli::error(tr("the simulated fleet failed: %1").arg(reason));
        emit finished(ExitTransport);
    });

    EngineSettings settings;
    settings.scanGlobs = {m_fleet->linkGlob()};
    settings.dataFolder = QDir(m_fleet->directory()).filePath(QStringLiteral("data"));
    m_engine = std::make_unique<Engine>(settings);
    connect(m_engine.get(), &EngineApi::modulesChanged, this, &DemoCommand::onModules);
    connect(m_engine.get(), &EngineApi::packagesChanged, this, &DemoCommand::onPackages);
    connect(m_engine.get(), &EngineApi::jobFinished, this, &DemoCommand::onJobFinished);
    connect(m_engine.get(), &EngineApi::updateRefused, this, [this](const QString &id, const QString &reason) {
        JobRecord refused;
        refused.moduleId = id;
        refused.state = JobState::Failed;
        refused.message = reason;
        onJobFinished(id, refused);
    });
    connect(m_engine.get(), &EngineApi::notice, this, [](const QString &text) { Cli::err() << text << Qt::endl; });
    m_director = std::make_unique<DemoDirector>(m_fleet.get(), m_engine.get());
    m_engine->start();

    Cli::out() << tr("Starting %n simulated module(s) in %1", nullptr, m_expected).arg(m_fleet->directory()) << Qt::endl;
    m_clock.start();
    m_limit.setSingleShot(true);
    connect(&m_limit, &QTimer::timeout, this, [this] {
        Cli::error(tr("the demo did not finish within 15 minutes"));
        report();
        emit finished(ExitTimeout);
    });
    m_limit.start(15min);
    return ExitRunning;
}

void DemoCommand::onPackages(const QList<PackageInfo> &packages)
{
    for (const PackageInfo &p : packages)
        m_packageByPath.insert(QFileInfo(p.path).absoluteFilePath(), p.id());
    startWhenReady();
}

void DemoCommand::onModules(const QList<ModuleSnapshot> &modules)
{
    for (const ModuleSnapshot &m : modules) {
        const bool isNew = !m_modules.contains(m.id);
        m_modules.insert(m.id, m);
        const QString who = QStringLiteral("%1 %2").arg(m.identity.model, m.identity.imei);
        if (isNew) {
            Cli::out() << tr("found %1 (%2, firmware %3) on %4")
                              .arg(who, familyDisplayName(m.identity.family), m.identity.firmware, m.port)
                       << Qt::endl;
        }
        if (m.jobActive && m_shownPhase.value(m.id, UpdatePhase::Cancelled) != m.progress.phase) {
            m_shownPhase.insert(m.id, m.progress.phase);
            Cli::out() << QStringLiteral("%1: %2 %3").arg(who, phaseDisplayName(m.progress.phase), m.progress.message)
                       << Qt::endl;
        }
    }
    startWhenReady();
}

void DemoCommand::startWhenReady()
{
    if (!m_started.isEmpty() || m_modules.size() < m_expected)
        return;
    for (const DemoFleet::Module &planned : m_fleet->modules()) {
        if (!m_packageByPath.contains(QFileInfo(planned.packagePath).absoluteFilePath()))
            return; // its package is not catalogued yet
    }
    for (const ModuleSnapshot &m : std::as_const(m_modules)) {
        const auto planned = std::find_if(m_fleet->modules().cbegin(), m_fleet->modules().cend(),
                                          [&](const DemoFleet::Module &p) { return p.imei == m.identity.imei; });
        if (planned == m_fleet->modules().cend())
            continue;
        UpdateOrder order;
        order.moduleIds = {m.id};
        order.packageId = m_packageByPath.value(QFileInfo(planned->packagePath).absoluteFilePath());
        order.request.policy = AgreementPolicy::Accept; // nobody is there to answer
        // What a person gives in the update dialog: the network and, for Telit,
        // the PFM server's SMS number the module registers with.
        order.request.apn = QStringLiteral("internet");
        if (m.identity.family == Family::TelitPfm)
            order.request.pfmServerNumber = QStringLiteral("+15550100");
        m_started << m.id;
        m_engine->startUpdates(order);
    }
    Cli::out() << tr("Updating %n module(s)", nullptr, int(m_started.size())) << Qt::endl;
}

void DemoCommand::onJobFinished(const QString &moduleId, const JobRecord &job)
{
    m_results.insert(moduleId, job);
    if (m_results.size() < m_started.size())
        return;
    report();
    const bool allOk = std::all_of(m_results.cbegin(), m_results.cend(),
                                   [](const JobRecord &r) { return r.state == JobState::Succeeded; });
    emit finished(allOk ? ExitOk : ExitModuleFailure);
}

void DemoCommand::report()
{
    Cli::Table table({tr("MODULE"), tr("FAMILY"), tr("METHOD"), tr("RESULT"), tr("FIRMWARE"), tr("TIME")});
    for (const QString &id : std::as_const(m_started)) {
        const ModuleSnapshot m = m_modules.value(id);
        const auto found = m_results.constFind(id);
        QString result = tr("unfinished");
        QString firmware = m.identity.firmware;
        QString method;
        QString time;
        if (found != m_results.cend()) {
            result = found->state == JobState::Succeeded ? tr("updated") : found->message;
            method = methodId(found->method);
            if (!found->firmwareAfter.isEmpty())
                firmware = QStringLiteral("%1 -> %2").arg(found->fromVersion, found->firmwareAfter);
            if (found->durationMs() > 0)
                time = tr("%1 s").arg(found->durationMs() / 1000.0, 0, 'f', 1);
        }
        table.add({QStringLiteral("%1 %2").arg(m.identity.model, m.identity.imei),
                   familyDisplayName(m.identity.family), method, result, firmware, time});
    }
    Cli::out() << Qt::endl;
    table.print(Cli::out());
    Cli::out() << tr("%1 of %2 module(s) updated in %3 s")
                      .arg(std::count_if(m_results.cbegin(), m_results.cend(),
                                         [](const JobRecord &r) { return r.state == JobState::Succeeded; }))
                      .arg(m_started.size())
                      .arg(m_clock.elapsed() / 1000.0, 0, 'f', 1)
               << Qt::endl;
}
