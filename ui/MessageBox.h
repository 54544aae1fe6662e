#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

// Every message box of the wizard. Questions name their action on both buttons (never Yes or
// No), and the safe answer is the default: Enter and Escape both choose it.
//
// Tests answer boxes instead of a person: answerNext() queues an answer, and the next box is
// built as usual but not shown; what it would have said is kept for lastShown().
class MessageBox
{
public:
    struct Question
    {
        QString title;
        QString text;             // the question itself, one short sentence
        QString informativeText;  // what happens, in plain words
        QString acceptText;       // the action, e.g. "Replace the key"
        QString rejectText;       // the safe answer, e.g. "Not now"
        bool destructive = false; // the action deletes or resets something that cannot come back
        QString objectName;       // for tests and assistive technology; optional
    };

    // What a box said, read back from the QMessageBox that was built.
    struct Shown
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString objectName;
        QString title;
        QString text;
        QString informativeText;
        QString acceptButton; // the action of a question, or the only button of a notice
        QString rejectButton; // the safe answer of a question; empty for a notice
        QString defaultButton;
        QString escapeButton;
    };

    // True when the user chose the action; false for the safe answer, Escape or closing.
    static bool ask(QWidget* parent, const Question& question);
    static void warn(QWidget* parent, const QString& title, const QString& text);
    static void inform(QWidget* parent, const QString& title, const QString& text);

    // Tests only. Each box takes the oldest queued answer; a notice is dismissed by any answer.
    static void answerNext(bool accept);
    static int pendingAnswers();
    // Boxes built since the last forgetForTests(), answered by a test or shown to a person.
    static int shownCount();
    static Shown lastShown();
    static void forgetForTests();
};
