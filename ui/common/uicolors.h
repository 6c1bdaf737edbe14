#pragma once

#include "at/traffic.h"
#include "moduletext.h"

#include <QColor>
#include <QPalette>

// The few colours that carry meaning: log lines by kind, fleet rows by the end
// of their job. Chosen for both light and dark palettes, and never the only
// cue (texts and icons say the same).
namespace UiColors {

QColor trafficText(Traffic::Kind kind, const QString &text, const QPalette &palette);
// A light tint behind a row; invalid for "no tint".
QColor outcomeTint(ModuleText::JobOutcome outcome, const QPalette &palette);
QColor outcomeText(ModuleText::JobOutcome outcome, const QPalette &palette);
bool isDark(const QPalette &palette);

} // namespace UiColors
