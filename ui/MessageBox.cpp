#include "MessageBox.h"

#include <QLabel>
#include <QPushButton>

#include <deque>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

std::deque<bool> queuedAnswers;
int shownBoxes = 0;
MessageBox::Shown lastBox;

QString textOf(const QAbstractButton* button)
{
    return button ? button->text() : QString();
}

// Texts can carry what the account holds (a route's expression, a webhook's address): never
// let Qt read them as HTML.
void usePlainText(QMessageBox& box)
{
    box.setTextFormat(Qt::PlainText);
    if (auto* informative = box.findChild<QLabel*>(u"qt_msgbox_informativelabel"_s))
        informative->setTextFormat(Qt::PlainText);
}

// Records what the box says, then takes a test's queued answer if there is one.
std::optional<bool> record(const QMessageBox& box, const QAbstractButton* accept,
                           const QAbstractButton* reject)
{
    ++shownBoxes;
    lastBox.icon = box.icon();
    lastBox.objectName = box.objectName();
    lastBox.title = box.windowTitle();
    lastBox.text = box.text();
    lastBox.informativeText = box.informativeText();
    lastBox.acceptButton = textOf(accept);
    lastBox.rejectButton = textOf(reject);
    lastBox.defaultButton = textOf(box.defaultButton());
    lastBox.escapeButton = textOf(box.escapeButton());
    if (queuedAnswers.empty())
        return std::nullopt;
    const bool answer = queuedAnswers.front();
    queuedAnswers.pop_front();
    return answer;
}

void notify(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    usePlainText(box);
    QPushButton* ok = box.addButton(QMessageBox::Ok);
    ok->setObjectName(u"acceptButton"_s);
    box.setDefaultButton(ok);
    box.setEscapeButton(ok);
    if (!record(box, ok, nullptr).has_value())
        box.exec();
}

} // namespace

bool MessageBox::ask(QWidget* parent, const Question& question)
{
    QMessageBox box(question.destructive ? QMessageBox::Warning : QMessageBox::Question, question.title,
                    question.text, QMessageBox::NoButton, parent);
    box.setObjectName(question.objectName);
    box.setInformativeText(question.informativeText);
    usePlainText(box);
    QPushButton* accept = box.addButton(
        question.acceptText, question.destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    accept->setObjectName(u"acceptButton"_s);
    QPushButton* reject = box.addButton(question.rejectText, QMessageBox::RejectRole);
    reject->setObjectName(u"rejectButton"_s);
    box.setDefaultButton(reject);
    box.setEscapeButton(reject);
    if (const std::optional<bool> answer = record(box, accept, reject))
        return *answer;
    box.exec();
    return box.clickedButton() == accept;
}

void MessageBox::warn(QWidget* parent, const QString& title, const QString& text)
{
    notify(parent, QMessageBox::Warning, title, text);
}

void MessageBox::inform(QWidget* parent, const QString& title, const QString& text)
{
    notify(parent, QMessageBox::Information, title, text);
}

void MessageBox::answerNext(bool accept)
{
    queuedAnswers.push_back(accept);
}

int MessageBox::pendingAnswers()
{
    return static_cast<int>(queuedAnswers.size());
}

int MessageBox::shownCount()
{
    return shownBoxes;
}

MessageBox::Shown MessageBox::lastShown()
{
    return lastBox;
}

void MessageBox::forgetForTests()
{
    queuedAnswers.clear();
    shownBoxes = 0;
    lastBox = Shown();
}
