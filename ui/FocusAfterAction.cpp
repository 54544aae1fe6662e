#include "FocusAfterAction.h"

#include <QAbstractButton>
#include <QApplication>
#include <QWizard>

namespace {

bool focusMayMove(QWidget* area)
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus || focus == area || area->isAncestorOf(focus) || !focus->isEnabled() || !focus->isVisible())
        return true;
    // Back, Next and the others: the wizard's buttons, outside every page.
    auto* wizard = qobject_cast<QWizard*>(area->window());
    return wizard && qobject_cast<QAbstractButton*>(focus) && !wizard->currentPage()->isAncestorOf(focus);
}

void giveFocus(QWidget* area, QWidget* target)
{
    if (!target || !target->isVisible() || !target->isEnabled() || !focusMayMove(area))
        return;
    if (target->focusPolicy() == Qt::NoFocus)
        target->setFocusPolicy(Qt::ClickFocus); // reachable by program, not an extra Tab stop
    target->setFocus(Qt::OtherFocusReason);
}

} // namespace

void holdFocusWhileBusy(QWidget* area, QWidget* busy)
{
    giveFocus(area, busy);
}

void moveFocusAfterAction(QWidget* area, QWidget* target)
{
    giveFocus(area, target);
}
