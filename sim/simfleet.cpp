#include "simfleet.h"

#include <QDir>

SimFleet::SimFleet(QObject *parent)
    : QObject(parent)
{
}

SimFleet::~SimFleet()
{
    stop();
}

QString SimFleet::linkFor(const QString &dir, Family family, int familyIndex)
{
    return QDir(dir).filePath(QStringLiteral("%1-%2").arg(familyId(family)).arg(familyIndex));
}

bool SimFleet::start(const QString &dir, int count, const SimModuleConfig &base,
                     const QList<Family> &families, QString *error)
{
    stop();
    const QList<Family> order = families.isEmpty() ? allFamilies() : families;
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("cannot create %1").arg(dir);
        return false;
    }
    for (int i = 0; i < count; ++i) {
        const Family family = order.at(i % order.size());
        const int familyIndex = i / int(order.size());
        SimModuleConfig c = SimModuleConfig::defaults(family, familyIndex);
        c.link = linkFor(dir, family, familyIndex);
        c.stateFile = QDir(dir).filePath(QStringLiteral(".%1-%2.json").arg(familyId(family)).arg(familyIndex));
        c.baud = base.baud;
        c.pace = base.pace;
        c.reenumerate = base.reenumerate;
        c.rebootTime = base.rebootTime;
        c.timeScale = base.timeScale;
        c.faults = base.faults;
        c.simPin = base.simPin;
        c.otaPackage = base.otaPackage;
        auto *module = new SimModule(c, this);
        connect(module, &SimModule::quitRequested, this, &SimFleet::quitRequested);
        if (!module->start(error)) {
            delete module;
            stop();
            return false;
        }
        m_modules << module;
    }
    return true;
}

void SimFleet::stop()
{
    qDeleteAll(m_modules);
    m_modules.clear();
}
