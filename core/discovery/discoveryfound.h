#pragma once

#include "discovery.h"

#include "at/atchannel.h"
#include "modules/moduleidentity.h"
#include "portinfo.h"

#include <QStringList>

#include <memory>

// A module a probe found, on its way to a session (discovery.cpp finds it,
// discoverysessions.cpp adopts it).
struct Discovery::Found
{
    PortInfo info;
    ModuleIdentity identity;
    QStringList earlyUrcs;
    qint32 baud = 0;
    std::unique_ptr<AtChannel> channel;
    QStringList notes; // for the module's transcript once it has a session
};
