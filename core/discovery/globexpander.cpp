#include "globexpander.h"

#include <QDir>
#include <QFileInfo>

namespace {

// Paths of `dirs` entries matching `component`; directories only unless `last`.
QStringList step(const QStringList &dirs, const QString &component, bool last)
{
    QStringList out;
    for (const QString &dir : dirs) {
        const QString base = dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/');
        if (!GlobExpander::hasWildcard(component)) {
            const QString path = base + component;
            const QFileInfo info(path);
            if (info.exists() && (last ? !info.isDir() : info.isDir()))
                out << path;
            continue;
        }
        // System: device nodes and symlinks to them are "system" files to QDir.
        const QDir d(dir);
        const QStringList names = d.entryList({component}, QDir::AllEntries | QDir::System
                                                  | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names) {
            const QString path = base + name;
            const QFileInfo info(path); // follows symlinks: a dangling one is skipped
            if (info.exists() && (last ? !info.isDir() : info.isDir()))
                out << path;
        }
    }
    return out;
}

} // namespace

bool GlobExpander::hasWildcard(const QString &component)
{
    return component.contains(QLatin1Char('*')) || component.contains(QLatin1Char('?'))
        || component.contains(QLatin1Char('['));
}

QStringList GlobExpander::expand(const QStringList &patterns)
{
    QStringList out;
    for (const QString &raw : patterns) {
        const QString pattern = QDir::cleanPath(raw.trimmed());
        if (pattern.isEmpty())
            continue;
        const bool absolute = pattern.startsWith(QLatin1Char('/'));
        const QStringList parts = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        QStringList current{absolute ? QStringLiteral("/") : QStringLiteral(".")};
        for (qsizetype i = 0; i < parts.size() && !current.isEmpty(); ++i)
            current = step(current, parts.at(i), i == parts.size() - 1);
        if (!absolute) {
            for (QString &p : current)
                p = p.mid(2); // drop "./" so relative patterns give relative names
        }
        out << current;
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

QStringList GlobExpander::directories(const QStringList &patterns)
{
    QStringList out;
    for (const QString &raw : patterns) {
        const QString pattern = QDir::cleanPath(raw.trimmed());
        if (pattern.isEmpty())
            continue;
        const QStringList parts = pattern.split(QLatin1Char('/'));
        QStringList fixed;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            if (hasWildcard(parts.at(i)))
                break;
            fixed << parts.at(i);
        }
        QString dir = fixed.join(QLatin1Char('/'));
        if (dir.isEmpty())
            dir = pattern.startsWith(QLatin1Char('/')) ? QStringLiteral("/") : QStringLiteral(".");
        if (QFileInfo(dir).isDir())
            out << dir;
    }
    out.removeDuplicates();
    return out;
}
