#include "simcomdriver.h"

#include "modules/updateflow.h"

#include <QCoreApplication>

using namespace std::chrono_literals;

Family SimcomDriver::family() const
{
    return Family::SimcomSim7020;
}

QList<UpdateMethod> SimcomDriver::methods() const
{
    return {UpdateMethod::Ota};
}

QString SimcomDriver::inhibitReason(const QString &command, UpdatePhase phase) const
{
    return commonInhibitReason(command, phase);
}

FamilyTimeouts SimcomDriver::timeouts() const
{
    return {};
}

QStringList SimcomDriver::knownCommands() const
{
    return {QStringLiteral("AT"), QStringLiteral("AT+CGMI"), QStringLiteral("AT+CGMM"),
            QStringLiteral("AT+CGMR"), QStringLiteral("AT+CGSN"), QStringLiteral("AT+CIMI"),
            QStringLiteral("AT+CPIN?")};
}

std::unique_ptr<UpdateFlow> SimcomDriver::createFlow(ModuleSession *, const UpdateRequest &) const
{
    return nullptr; // this family's flows are being written (issues 5 and 6)
}
