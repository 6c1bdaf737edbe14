#include "atresult.h"

QString AtResult::value(const QString &prefix) const
{
    for (const QString &line : lines) {
        if (line.startsWith(prefix, Qt::CaseInsensitive))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

bool AtResult::looksDamaged() const
{
    for (const QString &line : lines) {
        for (const QChar c : line) {
            if (c.unicode() < 0x20 || c.unicode() > 0x7e)
                return true;
        }
    }
    return false;
}

QString AtResult::describe() const
{
    switch (status) {
    case AtStatus::Ok:
        return QStringLiteral("OK");
    case AtStatus::Error:
        return QStringLiteral("ERROR");
    case AtStatus::CmeError:
        return errorCode >= 0 ? QStringLiteral("+CME ERROR: %1").arg(errorCode)
                              : QStringLiteral("+CME ERROR: %1").arg(detail);
    case AtStatus::CmsError:
        return errorCode >= 0 ? QStringLiteral("+CMS ERROR: %1").arg(errorCode)
                              : QStringLiteral("+CMS ERROR: %1").arg(detail);
    case AtStatus::NoCarrier:
        return QStringLiteral("NO CARRIER");
    case AtStatus::Busy:
        return QStringLiteral("BUSY");
    case AtStatus::NoAnswer:
        return QStringLiteral("NO ANSWER");
    case AtStatus::NoDialtone:
        return QStringLiteral("NO DIALTONE");
    case AtStatus::Connect:
        return detail.isEmpty() ? QStringLiteral("CONNECT") : QStringLiteral("CONNECT %1").arg(detail);
    case AtStatus::Timeout:
        return tr("the module did not answer %1 in time").arg(command);
    case AtStatus::Cancelled:
        return tr("%1 was cancelled").arg(command);
    case AtStatus::PortLost:
        return tr("the port was lost before %1 completed").arg(command);
    case AtStatus::Refused:
        return tr("%1 was refused: %2").arg(command, detail);
    }
    return {};
}

QString toString(AtStatus status)
{
    switch (status) {
    case AtStatus::Ok: return QStringLiteral("ok");
    case AtStatus::Error: return QStringLiteral("error");
    case AtStatus::CmeError: return QStringLiteral("cme-error");
    case AtStatus::CmsError: return QStringLiteral("cms-error");
    case AtStatus::NoCarrier: return QStringLiteral("no-carrier");
    case AtStatus::Busy: return QStringLiteral("busy");
    case AtStatus::NoAnswer: return QStringLiteral("no-answer");
    case AtStatus::NoDialtone: return QStringLiteral("no-dialtone");
    case AtStatus::Connect: return QStringLiteral("connect");
    case AtStatus::Timeout: return QStringLiteral("timeout");
    case AtStatus::Cancelled: return QStringLiteral("cancelled");
    case AtStatus::PortLost: return QStringLiteral("port-lost");
    case AtStatus::Refused: return QStringLiteral("refused");
    }
    return {};
}
