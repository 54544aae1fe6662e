#include "ConnectPageBox.h"

#include <QVBoxLayout>

QVBoxLayout* makeConnectPageBoxLayout(QWidget* box)
{
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    return layout;
}
