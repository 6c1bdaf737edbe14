#include "updatetypes.h"

QString phaseDisplayName(UpdatePhase phase)
{
    const char *text = "";
    switch (phase) {
    case UpdatePhase::Preparing: text = QT_TRANSLATE_NOOP("UpdatePhase", "Preparing"); break;
    case UpdatePhase::Registering: text = QT_TRANSLATE_NOOP("UpdatePhase", "Registering"); break;
    case UpdatePhase::WaitingForServer: text = QT_TRANSLATE_NOOP("UpdatePhase", "Waiting for server"); break;
    case UpdatePhase::Transferring: text = QT_TRANSLATE_NOOP("UpdatePhase", "Transferring"); break;
    case UpdatePhase::Downloading: text = QT_TRANSLATE_NOOP("UpdatePhase", "Downloading"); break;
    case UpdatePhase::Downloaded: text = QT_TRANSLATE_NOOP("UpdatePhase", "Downloaded"); break;
    case UpdatePhase::Verifying: text = QT_TRANSLATE_NOOP("UpdatePhase", "Verifying"); break;
    case UpdatePhase::Installing: text = QT_TRANSLATE_NOOP("UpdatePhase", "Installing"); break;
    case UpdatePhase::Rebooting: text = QT_TRANSLATE_NOOP("UpdatePhase", "Rebooting"); break;
    case UpdatePhase::Reconnected: text = QT_TRANSLATE_NOOP("UpdatePhase", "Reconnected"); break;
    case UpdatePhase::Verified: text = QT_TRANSLATE_NOOP("UpdatePhase", "Verified"); break;
    case UpdatePhase::Failed: text = QT_TRANSLATE_NOOP("UpdatePhase", "Failed"); break;
    case UpdatePhase::Cancelled: text = QT_TRANSLATE_NOOP("UpdatePhase", "Cancelled"); break;
    }
    return QCoreApplication::translate("UpdatePhase", text);
}

QString failureDisplayName(FailureReason reason)
{
    const char *text = "";
    switch (reason) {
    case FailureReason::None: text = QT_TRANSLATE_NOOP("FailureReason", "none"); break;
    case FailureReason::NotApplicable: text = QT_TRANSLATE_NOOP("FailureReason", "package not applicable"); break;
    case FailureReason::ModuleRefused: text = QT_TRANSLATE_NOOP("FailureReason", "module refused a command"); break;
    case FailureReason::Timeout: text = QT_TRANSLATE_NOOP("FailureReason", "timed out"); break;
    case FailureReason::PortLost: text = QT_TRANSLATE_NOOP("FailureReason", "port lost"); break;
    case FailureReason::TransferFailed: text = QT_TRANSLATE_NOOP("FailureReason", "transfer failed"); break;
    case FailureReason::Integrity: text = QT_TRANSLATE_NOOP("FailureReason", "integrity check failed"); break;
    case FailureReason::NoSpace: text = QT_TRANSLATE_NOOP("FailureReason", "not enough space"); break;
    case FailureReason::ServerError: text = QT_TRANSLATE_NOOP("FailureReason", "server error"); break;
    case FailureReason::Network: text = QT_TRANSLATE_NOOP("FailureReason", "network error"); break;
    case FailureReason::VersionMismatch: text = QT_TRANSLATE_NOOP("FailureReason", "unexpected firmware version"); break;
    case FailureReason::InstallFailed: text = QT_TRANSLATE_NOOP("FailureReason", "install failed"); break;
    case FailureReason::SimLocked: text = QT_TRANSLATE_NOOP("FailureReason", "SIM locked"); break;
    case FailureReason::Cancelled: text = QT_TRANSLATE_NOOP("FailureReason", "cancelled"); break;
    case FailureReason::History: text = QT_TRANSLATE_NOOP("FailureReason", "history not written"); break;
    case FailureReason::Internal: text = QT_TRANSLATE_NOOP("FailureReason", "internal error"); break;
    }
    return QCoreApplication::translate("FailureReason", text);
}

QString methodId(UpdateMethod method)
{
    switch (method) {
    case UpdateMethod::Auto: return QStringLiteral("auto");
    case UpdateMethod::Xmodem: return QStringLiteral("xmodem");
    case UpdateMethod::Cflw: return QStringLiteral("cflw");
    case UpdateMethod::HttpFs: return QStringLiteral("http-fs");
    case UpdateMethod::Ota: return QStringLiteral("ota");
    case UpdateMethod::Lwm2m: return QStringLiteral("lwm2m");
    }
    return {};
}

UpdateMethod methodFromId(const QString &id, bool *ok)
{
    for (UpdateMethod m : {UpdateMethod::Auto, UpdateMethod::Xmodem, UpdateMethod::Cflw,
                           UpdateMethod::HttpFs, UpdateMethod::Ota, UpdateMethod::Lwm2m}) {
        if (methodId(m) == id) {
            if (ok)
                *ok = true;
            return m;
        }
    }
    if (ok)
        *ok = false;
    return UpdateMethod::Auto;
}
