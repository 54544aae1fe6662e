#pragma once

#include <QList>
#include <QString>

class QWidget;

// A text the window shows, and where: "QLabel welcomeResumeSummary".
struct ShownText
{
    QString where;
    QString text;
};

// The texts a reader sees in `window`: its title, and of its visible widgets the labels,
// buttons, group boxes, tab titles, table headers, combo boxes and placeholders.
QList<ShownText> shownTexts(QWidget* window);

// The visible labels and buttons of `root` whose text does not fit: a label needs more
// height for its width than it has (when it wraps) or more width or height than it has (when
// it does not); a button needs more width. One line each: "<where> "<text>" is cut off ...".
QStringList cutOffTexts(QWidget* root);

// "QLabel welcomeResumeSummary", or the nearest named parent when the widget has no name.
QString describe(const QWidget* widget);
