#include "finalcode.h"

namespace {

FinalCode errorWithCode(AtStatus status, QStringView rest)
{
    FinalCode code(status);
    const QString text = rest.trimmed().toString();
    bool numeric = false;
    const int n = text.toInt(&numeric);
    if (numeric)
        code.errorCode = n;
    else
        code.detail = text;
    return code;
}

} // namespace

std::optional<FinalCode> parseFinalCode(const QString &line)
{
    const QString upper = line.trimmed().toUpper();
    if (upper == QLatin1String("OK"))
        return FinalCode{AtStatus::Ok};
    if (upper == QLatin1String("ERROR"))
        return FinalCode{AtStatus::Error};
    if (upper.startsWith(QLatin1String("+CME ERROR:")))
        return errorWithCode(AtStatus::CmeError, QStringView(line.trimmed()).sliced(11));
    if (upper.startsWith(QLatin1String("+CMS ERROR:")))
        return errorWithCode(AtStatus::CmsError, QStringView(line.trimmed()).sliced(11));
    if (upper == QLatin1String("NO CARRIER"))
        return FinalCode{AtStatus::NoCarrier};
    if (upper == QLatin1String("BUSY"))
        return FinalCode{AtStatus::Busy};
    if (upper == QLatin1String("NO ANSWER"))
        return FinalCode{AtStatus::NoAnswer};
    if (upper == QLatin1String("NO DIALTONE"))
        return FinalCode{AtStatus::NoDialtone};
    if (upper == QLatin1String("CONNECT"))
        return FinalCode{AtStatus::Connect};
    if (upper.startsWith(QLatin1String("CONNECT ")))
        return FinalCode{AtStatus::Connect, -1, line.trimmed().mid(8).trimmed()};
    return std::nullopt;
}
