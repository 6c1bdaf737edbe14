#include "atcommand.h"

QString AtCommand::name() const
{
    if (text.size() < 2 || !text.startsWith(QLatin1String("AT"), Qt::CaseInsensitive))
        return {};
    qsizetype end = 2;
    while (end < text.size()) {
        const QChar c = text.at(end);
        if (c == u'=' || c == u'?' || c == u';' || c.isSpace())
            break;
        ++end;
    }
    return text.mid(2, end - 2).toUpper();
}
