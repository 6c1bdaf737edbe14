#include "cinteriondriver.h"

#include "modules/updateflow.h"

#include <QCoreApplication>

using namespace std::chrono_literals;

Family CinterionDriver::family() const
{
    return Family::Cinterion;
}

QList<UpdateMethod> CinterionDriver::methods() const
{
    return {UpdateMethod::Ota};
}

QString CinterionDriver::inhibitReason(const QString &command, UpdatePhase phase) const
{
    return commonInhibitReason(command, phase);
}

FamilyTimeouts CinterionDriver::timeouts() const
{
    return {};
}

QStringList CinterionDriver::knownCommands() const
{
    return {QStringLiteral("AT"), QStringLiteral("AT+CGMI"), QStringLiteral("AT+CGMM"),
            QStringLiteral("AT+CGMR"), QStringLiteral("AT+CGSN"), QStringLiteral("AT+CIMI"),
            QStringLiteral("AT+CPIN?")};
}

std::unique_ptr<UpdateFlow> CinterionDriver::createFlow(ModuleSession *, const UpdateRequest &) const
{
    return nullptr; // this family's flows are being written (issues 5 and 6)
}
