#include "uicolors.h"

#include <QPalette>

namespace UiColors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor trafficText(Traffic::Kind kind, const QString &text, const QPalette &palette)
{
    const bool dark = isDark(palette);
    auto pick = [dark](const char *light, const char *onDark) { return QColor(dark ? onDark : light); };
    switch (kind) {
    case Traffic::Kind::Command:
        return pick("#1a4fa0", "#7fb2ff");
    case Traffic::Kind::Final: {
        // A final code is the one line people scan for: OK green, anything else red.
        const bool ok = text.trimmed().compare(QLatin1String("OK"), Qt::CaseInsensitive) == 0
                        || text.startsWith(QLatin1String("CONNECT"), Qt::CaseInsensitive);
        return ok ? pick("#1d7a33", "#6fd08a") : pick("#b3261e", "#ff8a80");
    }
    case Traffic::Kind::Urc:
        return pick("#7b2d9b", "#d59cf0");
    case Traffic::Kind::Note:
        return pick("#9a5b00", "#ffc46b");
    case Traffic::Kind::Noise:
    case Traffic::Kind::Echo:
        return palette.color(QPalette::Disabled, QPalette::Text);
    case Traffic::Kind::RawOut:
    case Traffic::Kind::RawIn:
    case Traffic::Kind::Prompt:
        return pick("#00707a", "#6fd6df");
    case Traffic::Kind::Response:
    case Traffic::Kind::Unsolicited:
        break;
    }
    return palette.color(QPalette::Text);
}

QColor outcomeTint(ModuleText::JobOutcome outcome, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (outcome) {
    case ModuleText::JobOutcome::Succeeded: return QColor(dark ? "#1f3d26" : "#dcf3e1");
    case ModuleText::JobOutcome::Failed: return QColor(dark ? "#4a2020" : "#fbdcd9");
    case ModuleText::JobOutcome::Cancelled: return QColor(dark ? "#3d3620" : "#f6efd2");
    case ModuleText::JobOutcome::Running:
    case ModuleText::JobOutcome::None:
        break;
    }
    return {};
}

QColor outcomeText(ModuleText::JobOutcome outcome, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (outcome) {
    case ModuleText::JobOutcome::Succeeded: return QColor(dark ? "#6fd08a" : "#1d7a33");
    case ModuleText::JobOutcome::Failed: return QColor(dark ? "#ff8a80" : "#b3261e");
    case ModuleText::JobOutcome::Cancelled: return QColor(dark ? "#e6c96a" : "#7a5d00");
    case ModuleText::JobOutcome::Running:
    case ModuleText::JobOutcome::None:
        break;
    }
    return palette.color(QPalette::Text);
}

} // namespace UiColors
