#pragma once

#include <QString>

class QLabel;
class QWidget;

// A label for sentences from the program: plain text (never interpreted as HTML, so text
// from Mailgun or a file cannot inject markup) that wraps, with an object name for tests
// and assistive technology.
QLabel* makePlainLabel(const QString& objectName, QWidget* parent);
// The same for a sentence known when the label is made, without an object name.
QLabel* makePlainParagraph(const QString& text, QWidget* parent);
