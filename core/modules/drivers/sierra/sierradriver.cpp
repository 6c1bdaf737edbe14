#include "sierradriver.h"

#include "modules/updateflow.h"

#include <QCoreApplication>

using namespace std::chrono_literals;

Family SierraDriver::family() const
{
    return Family::SierraHl78xx;
}

QList<UpdateMethod> SierraDriver::methods() const
{
    return {UpdateMethod::Ota};
}

QString SierraDriver::inhibitReason(const QString &command, UpdatePhase phase) const
{
    return commonInhibitReason(command, phase);
}

FamilyTimeouts SierraDriver::timeouts() const
{
    return {};
}

QStringList SierraDriver::knownCommands() const
{
    return {QStringLiteral("AT"), QStringLiteral("AT+CGMI"), QStringLiteral("AT+CGMM"),
            QStringLiteral("AT+CGMR"), QStringLiteral("AT+CGSN"), QStringLiteral("AT+CIMI"),
            QStringLiteral("AT+CPIN?")};
}

std::unique_ptr<UpdateFlow> SierraDriver::createFlow(ModuleSession *, const UpdateRequest &) const
{
    return nullptr; // this family's flows are being written (issues 5 and 6)
}
