#pragma once

// Key presses as a person makes them, for the keyboard-only tests: to the focus widget, with
// the wizard reactivated after a message box, and message boxes answered by keyboard.
#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QWizard>

using namespace Qt::StringLiterals;

// The widget a key press reaches: the application's focus widget, or, while the offscreen
// platform has not given the window back its activation after a message box closed, the
// focus widget of the wizard, where the window manager would send it.
inline QWidget* focused()
{
    if (QWidget* w = QApplication::focusWidget())
        return w;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (qobject_cast<QWizard*>(top) && top->isVisible() && top->focusWidget())
            return top->focusWidget();
    }
    return nullptr;
}

inline QString describe(const QWidget* w)
{
    return w ? u"%1 (%2)"_s.arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))
             : u"nothing"_s;
}

// A window manager gives the wizard back its activation when a message box closes; the
// offscreen platform does not, so do it here, before the next key.
inline void reactivateWizard()
{
    if (QApplication::activeWindow())
        return;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (qobject_cast<QWizard*>(top) && top->isVisible()) {
            top->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(top));
        }
    }
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    reactivateWizard();
    // With no widget focused, the key goes to the active window, as a person's would.
    QWidget* target = focused() ? focused() : QApplication::activeWindow();
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (!target && qobject_cast<QWizard*>(top) && top->isVisible())
            target = top;
    }
    QVERIFY2(target, "no window to type into");
    QTest::keyClick(target, key, modifiers);
}

// Answers the message box the next key press opens, by keyboard: Tab moves from the safe
// answer (the default) to the action, Space presses it; or Escape for the safe answer.
struct KeyboardAnswer
{
    bool seen = false;
    QString title;
    QString pressed;

    // The box is not there before the key press opens it: look again on each pass of the
    // event loop until exec() shows it (a bounded number of passes).
    void arm(bool takeAction, int passesLeft = 10000)
    {
        QTimer::singleShot(0, qApp, [this, takeAction, passesLeft] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || !box->isVisible()) {
                if (passesLeft > 0)
                    arm(takeAction, passesLeft - 1);
                return;
            }
            seen = true;
            title = box->windowTitle();
            // Keys go to the box's focus widget: the window manager may not have activated it.
            const auto inBox = [box] {
                return box->focusWidget() ? box->focusWidget() : static_cast<QWidget*>(box);
            };
            if (!takeAction) {
                QTest::keyClick(inBox(), Qt::Key_Escape);
                return;
            }
            QTest::keyClick(inBox(), Qt::Key_Tab);
            auto* button = qobject_cast<QAbstractButton*>(inBox());
            pressed = button ? button->text() : QString();
            QTest::keyClick(inBox(), Qt::Key_Space);
        });
    }
};
