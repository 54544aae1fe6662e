#pragma once

#include <QString>

// A tooltip that shows `text` exactly as written. Qt renders a tooltip that looks like HTML
// as rich text, and names, descriptions and addresses from the account may be written by an
// attacker: the text is escaped and wrapped so that it is always taken as escaped HTML.
// Empty text gives an empty tooltip (none).
QString plainToolTip(const QString& text);
