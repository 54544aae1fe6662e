#pragma once

#include <QPixmap>

class QPalette;

// The small round state icons of the side panel and the Connect result. Painted rather than
// loaded so that they follow the palette (light and dark themes) and stay sharp at any scale.
enum class StateIcon
{
    Todo,
    Current,
    Done,
    Problem
};

inline constexpr int stateIconSize = 20;

// `onHighlight`: drawn on the highlight colour (the current row), so drawn in its text colour.
QPixmap paintStateIcon(StateIcon kind, const QPalette& palette, qreal devicePixelRatio,
                       bool onHighlight = false);
