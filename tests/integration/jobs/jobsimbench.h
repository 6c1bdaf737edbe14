#pragma once

// The job engine as FotaDesk runs it (Discovery, the real drivers and flows,
// the store, the package server) against simulated modules on ptys, all in
// this process's event loop. Protocol time runs 20 times faster.

#include "discovery/discovery.h"
#include "fleet/inventorystore.h"
#include "fleet/jobstore.h"
#include "fleet/store.h"
#include "jobs/jobrunner.h"
#include "modules/modulesession.h"
#include "packages/simpackage.h"
#include "simmodule.h"
#include "transfer/packageserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

struct SimFamily
{
    Family family;
    QString model;
    QString from;
    QString to;
};

inline SimFamily simFamily(Family family)
{
    switch (family) {
    case Family::TelitPfm: return {family, "GE910-QUAD", "10.00.005", "10.00.006"};
    case Family::Cinterion: return {family, "EXS82-W", "01.000", "01.001"};
    case Family::SimcomSim7020: return {family, "SIM7020C", "1752B05SIM7020C", "1752B06SIM7020C"};
    case Family::SierraHl78xx: return {family, "HL7800", "BHL7800.1.6.3.0.20180803", "BHL7800.1.7.0.0.20190101"};
    case Family::Unknown: break;
    }
    return {};
}

class JobSimBench
{
public:
    static constexpr double kScale = 0.05;

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<JobStore> jobs;
    std::unique_ptr<InventoryStore> inventory;
    std::unique_ptr<PackageServer> server;
    std::unique_ptr<Discovery> discovery;
    std::unique_ptr<JobRunner> runner;
    QList<SimModule *> sims;

    bool setUp(const QString &name)
    {
        const QString base = qEnvironmentVariable("FOTADESK_TEST_TMP", QDir::tempPath());
        QDir().mkpath(base);
        dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/%1-XXXXXX").arg(name));
        if (!dir->isValid() || !QDir().mkpath(dir->filePath("modems")))
            return false;
        store = std::make_unique<Store>();
        if (!store->open(dir->filePath("fotadesk.sqlite")))
            return false;
        jobs = std::make_unique<JobStore>(store.get());
        inventory = std::make_unique<InventoryStore>(store.get());
        server = std::make_unique<PackageServer>();
        if (!server->listen())
            return false;
        JobContext c;
        c.store = jobs.get();
        c.inventory = inventory.get();
        c.packageServer = server.get();
        runner = std::make_unique<JobRunner>(c);
        runner->setTranscriptFolder(dir->filePath("transcripts"));
        return true;
    }

    void tearDown()
    {
        runner.reset();
        discovery.reset();
        for (SimModule *s : std::as_const(sims)) {
            s->stop();
            delete s;
        }
        sims.clear();
        server.reset();
        inventory.reset();
        jobs.reset();
        store.reset();
        dir.reset();
    }

    SimModule *startSim(Family family, int index, const QStringList &faults = {}, const QString &otaPackage = {})
    {
        SimModuleConfig c = SimModuleConfig::defaults(family, index);
        c.link = dir->filePath(QStringLiteral("modems/%1-%2").arg(familyId(family)).arg(index));
        c.firmware = simFamily(family).from;
        c.timeScale = kScale;
        c.rebootTime = 300ms;
        c.faults = faults;
        c.otaPackage = otaPackage;
        auto *sim = new SimModule(c);
        QString error;
        if (!sim->start(&error)) {
            qWarning() << "simulator:" << error;
            delete sim;
            return nullptr;
        }
        sims << sim;
        return sim;
    }

    void startDiscovery()
    {
        DiscoverySettings s;
        s.systemPorts = false;
        s.scanGlobs = {dir->filePath("modems/*")};
        s.watcher.settleDelay = 100ms;
        s.watcher.rescanInterval = 200ms;
        s.probe.atTimeout = 300ms;
        s.probe.commandTimeout = 2s;
        s.reenumerationWindow = 20s;
        discovery = std::make_unique<Discovery>(s);
        discovery->setModemManagerCheck(ModemManagerCheck(QStringLiteral("/nonexistent")));
        discovery->start();
    }

    ModuleSession *waitForSessions(int count, int timeoutMs = 20000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (discovery->sessions().size() < count && !deadline.hasExpired())
            QTest::qWait(20);
        return discovery->sessions().size() >= count ? discovery->sessions().first() : nullptr;
    }

    ModuleSession *sessionOf(SimModule *sim) const
    {
        for (ModuleSession *s : discovery->sessions()) {
            if (s->identity().imei == sim->config().imei)
                return s;
        }
        return nullptr;
    }

    // A simulated package and its catalog entry.
    PackageInfo package(Family family, qint64 size = 60000)
    {
        const SimFamily f = simFamily(family);
        const QByteArray bytes = SimPackage::make(family, f.model, f.from, f.to, size);
        const QString path = dir->filePath(QStringLiteral("%1-%2-%3.bin").arg(familyId(family), f.from, f.to));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        PackageInfo p;
        p.path = path;
        p.family = family;
        p.model = f.model;
        p.fromVersion = f.from;
        p.toVersion = f.to;
        p.size = bytes.size();
        p.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        p.md5 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
        inventory->savePackage(p);
        return p;
    }

    // Sends a command as the console would and waits for its result.
    static AtResult at(ModuleSession *session, const QString &command)
    {
        AtResult result;
        bool done = false;
        QObject context;
        session->send(AtCommand(command), &context, [&](const AtResult &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            result.detail = QStringLiteral("no answer");
        return result;
    }
};
