#include "portstatus.h"

QString PortStatus::stateId(PortState state)
{
    switch (state) {
    case PortState::Settling: return QStringLiteral("settling");
    case PortState::Probing: return QStringLiteral("probing");
    case PortState::Module: return QStringLiteral("module");
    case PortState::OtherInterface: return QStringLiteral("other-interface");
    case PortState::NotAModule: return QStringLiteral("not-a-module");
    case PortState::Busy: return QStringLiteral("busy");
    case PortState::PermissionDenied: return QStringLiteral("permission-denied");
    case PortState::Error: return QStringLiteral("error");
    case PortState::Released: return QStringLiteral("released");
    case PortState::Gone: return QStringLiteral("gone");
    }
    return {};
}

QString PortStatus::stateDisplayName(PortState state)
{
    switch (state) {
    case PortState::Settling: return tr("waiting to settle");
    case PortState::Probing: return tr("probing");
    case PortState::Module: return tr("module");
    case PortState::OtherInterface: return tr("other interface of a module");
    case PortState::NotAModule: return tr("not a module");
    case PortState::Busy: return tr("busy");
    case PortState::PermissionDenied: return tr("permission denied");
    case PortState::Error: return tr("error");
    case PortState::Released: return tr("released");
    case PortState::Gone: return tr("gone");
    }
    return {};
}
