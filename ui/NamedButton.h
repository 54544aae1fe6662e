#pragma once

#include <QString>

class QPushButton;
class QWidget;

// A push button with the object name tests find it by and the name screen readers say, which
// may be longer than its text ("Refresh" is read as "Check the users' passwords again").
QPushButton* makeNamedButton(const QString& text, const QString& objectName, const QString& accessibleName,
                             QWidget* parent);
