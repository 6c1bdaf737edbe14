#pragma once

#include "modules/modulesession.h"
#include "ui/common/moduletext.h"

#include <QIcon>

// Small icons that repeat a row's state next to its words: a dot for the link,
// the style's own check/cross for a job's end.
namespace StatusIcons {

QIcon connection(ModuleSession::State state);
QIcon outcome(ModuleText::JobOutcome outcome);
// A filled (on) or hollow (off) round lamp, for modem-status lines.
QIcon lamp(bool on, const QColor &colour);

} // namespace StatusIcons
