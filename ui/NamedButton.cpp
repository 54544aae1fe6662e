#include "NamedButton.h"

#include <QPushButton>

QPushButton* makeNamedButton(const QString& text, const QString& objectName, const QString& accessibleName,
                             QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}
