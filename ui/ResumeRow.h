#pragma once

#include <QWidget>

class QPushButton;

// The row a panel of an automatic mode shows when the journal says its last run stopped half
// way: a sentence that says so and a button to continue it. The panel decides when the row
// shows (it hides it while it changes the account) and what continuing does; it passes its
// own words, so they keep its translation context.
class ResumeRow : public QWidget
{
    Q_OBJECT

public:
    // The label and the button get the object names tests and assistive technology find them by.
    ResumeRow(const QString& labelName, const QString& sentence, const QString& buttonName,
              const QString& buttonText, const QString& buttonAccessibleName, QWidget* parent);

    // The "Continue it" button, to move the focus to or to disable while the panel is busy.
    QPushButton* button() const { return m_button; }

Q_SIGNALS:
    void continueRequested();

private:
    QPushButton* m_button = nullptr;
};
