#pragma once

#include "simclient.h"
#include "simmodule.h"

#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// One line to a module's control socket and its one-line answer.
inline QByteArray control(SimModule &m, const QByteArray &line)
{
    QLocalSocket s;
    s.connectToServer(m.controlPath());
    if (!s.waitForConnected(2000))
        return "no connection";
    s.write(line + '\n');
    if (!QTest::qWaitFor([&] { return s.canReadLine(); }, 3000))
        return "no answer";
    return s.readLine().trimmed();
}

// One simulated module and a serial host on it, in a fresh temporary folder.
// Protocol time runs 1000x faster unless a test says otherwise.
struct SimFixture
{
    QTemporaryDir dir{QDir::tempPath() + QStringLiteral("/fdsim-XXXXXX")};
    std::unique_ptr<SimModule> module;
    std::unique_ptr<SimClient> client;

    SimModuleConfig config(Family family, int index = 0)
    {
        SimModuleConfig c = SimModuleConfig::defaults(family, index);
        c.link = dir.filePath(familyId(family));
        c.timeScale = 0.001;
        c.rebootTime = std::chrono::milliseconds(50);
        return c;
    }

    bool start(const SimModuleConfig &c)
    {
        client.reset();
        module = std::make_unique<SimModule>(c);
        QString error;
        if (!module->start(&error)) {
            qWarning() << error;
            return false;
        }
        return connectClient() && waitForBoot();
    }

    // The family's last boot URC, so tests start on a settled module.
    bool waitForBoot()
    {
        switch (module->config().family) {
        case Family::Cinterion: return !client->waitForLine(QStringLiteral("+CIEV: prov")).isNull();
        case Family::SimcomSim7020: return !client->waitForLine(QStringLiteral("+CPIN:")).isNull();
        case Family::SierraHl78xx: return !client->waitForLine(QStringLiteral("+KSUP:")).isNull();
        default: return true;
        }
    }

    bool start(Family family) { return start(config(family)); }

    // Opens a new host port on the module's current link.
    bool connectClient(qint32 baud = 115200)
    {
        client.reset();
        if (!QTest::qWaitFor([&] { return module->isUp(); }, 10000))
            return false;
        client = std::make_unique<SimClient>(module->currentLink(), baud, urcRegistryFor(module->config().family));
        if (client->open())
            return true;
        qWarning() << "cannot open" << module->currentLink() << client->port().errorString();
        return false;
    }

    // Waits for the module to go down and come back, then reconnects.
    bool reconnectAfterReboot(int timeoutMs = 10000)
    {
        if (!client->waitForClosed(timeoutMs)) {
            qWarning() << "the port did not go away";
            return false;
        }
        return connectClient(client->port().baudRate());
    }
};
