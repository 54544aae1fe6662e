#pragma once

#include <QString>

class QScrollArea;
class QWidget;

// A scroll area for reading: no frame, no sideways scrolling (text wraps instead), the
// page's own background, and no Tab stop of its own (the buttons and fields inside are, and
// the area scrolls to the one with the focus). `content` fills its width and scrolls when
// it is taller than the room it gets, as with large text on a small screen.
QScrollArea* makeReadingScrollArea(QWidget* content, QWidget* parent, const QString& objectName);
