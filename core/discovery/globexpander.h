#pragma once

#include <QStringList>

// The `--scan GLOB` / `ports/extra` patterns: device paths to watch besides the
// system's serial ports (pseudo-terminals are not listed by the OS).
namespace GlobExpander {

// Every existing non-directory path matching one of `patterns` (wildcards *, ?
// and [..] in any path component), as written: symlinks are not resolved, so a
// module published as /tmp/modems/m1 keeps that name. Sorted, no duplicates.
QStringList expand(const QStringList &patterns);

// The existing directories whose entries decide what the patterns match: the
// part of each pattern before its first wildcard component. Watched for changes
// so a new module is seen before the next poll.
QStringList directories(const QStringList &patterns);

bool hasWildcard(const QString &component);

} // namespace GlobExpander
