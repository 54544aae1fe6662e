// The one message box of the wizard: questions name their action, the safe answer is the
// default and Escape chooses it, and a test's queued answer stands in for the person.
#include "MessageBox.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

MessageBox::Question replaceQuestion()
{
    MessageBox::Question question;
    question.objectName = u"testQuestion"_s;
    question.title = u"Replace the API key"_s;
    question.text = u"Replace the API key now?"_s;
    question.informativeText = u"Old keys it deletes: 2."_s;
    question.acceptText = u"Replace the key"_s;
    question.rejectText = u"Not now"_s;
    question.destructive = true;
    return question;
}

// Does `act` to the message box the next call shows: exec() shows the box before its event
// loop runs this. `seen` tells whether a box was there.
void whenShown(const std::function<void(QMessageBox*)>& act, bool* seen)
{
    QTimer::singleShot(0, qApp, [act, seen] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        *seen = true;
        act(box);
    });
}

} // namespace

class TestMessageBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void queuedAnswerIsReturnedWithoutShowing();
    void questionNamesItsActionsAndDefaultsToTheSafeOne();
    void escapeAndEnterChooseTheSafeAnswer();
    void theActionButtonAccepts();
    void textIsNeverReadAsHtml();
    void noticeIsDismissedByAnyAnswer();
};

void TestMessageBox::init()
{
    MessageBox::forgetForTests();
}

void TestMessageBox::queuedAnswerIsReturnedWithoutShowing()
{
    QCOMPARE(MessageBox::shownCount(), 0);
    MessageBox::answerNext(true);
    MessageBox::answerNext(false);
    QCOMPARE(MessageBox::pendingAnswers(), 2);
    QVERIFY(MessageBox::ask(nullptr, replaceQuestion()));
    QVERIFY(!MessageBox::ask(nullptr, replaceQuestion()));
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QCOMPARE(MessageBox::shownCount(), 2);
    QVERIFY(!QApplication::activeModalWidget());
}

void TestMessageBox::questionNamesItsActionsAndDefaultsToTheSafeOne()
{
    MessageBox::answerNext(false);
    MessageBox::ask(nullptr, replaceQuestion());
    const MessageBox::Shown shown = MessageBox::lastShown();
    QCOMPARE(shown.objectName, u"testQuestion"_s);
    QCOMPARE(shown.title, u"Replace the API key"_s);
    QCOMPARE(shown.text, u"Replace the API key now?"_s);
    QCOMPARE(shown.informativeText, u"Old keys it deletes: 2."_s);
    QCOMPARE(shown.acceptButton, u"Replace the key"_s);
    QCOMPARE(shown.rejectButton, u"Not now"_s);
    QCOMPARE(shown.defaultButton, u"Not now"_s);
    QCOMPARE(shown.escapeButton, u"Not now"_s);
    QCOMPARE(shown.icon, QMessageBox::Warning);

    MessageBox::Question harmless = replaceQuestion();
    harmless.destructive = false;
    MessageBox::answerNext(false);
    MessageBox::ask(nullptr, harmless);
    QCOMPARE(MessageBox::lastShown().icon, QMessageBox::Question);
    QCOMPARE(MessageBox::lastShown().defaultButton, u"Not now"_s);
}

void TestMessageBox::escapeAndEnterChooseTheSafeAnswer()
{
    for (const Qt::Key key : {Qt::Key_Escape, Qt::Key_Return}) {
        bool seen = false;
        whenShown([key](QMessageBox* box) { QTest::keyClick(box, key); }, &seen);
        QVERIFY(!MessageBox::ask(nullptr, replaceQuestion()));
        QVERIFY(seen);
    }
    QCOMPARE(MessageBox::shownCount(), 2);
}

void TestMessageBox::theActionButtonAccepts()
{
    bool seen = false;
    QStringList buttons;
    whenShown(
        [&buttons](QMessageBox* box) {
            for (QAbstractButton* button : box->buttons())
                buttons << button->text();
            QTest::mouseClick(box->findChild<QPushButton*>(u"acceptButton"_s), Qt::LeftButton);
        },
        &seen);
    QVERIFY(MessageBox::ask(nullptr, replaceQuestion()));
    QVERIFY(seen);
    buttons.sort();
    QCOMPARE(buttons, (QStringList{u"Not now"_s, u"Replace the key"_s}));
}

void TestMessageBox::textIsNeverReadAsHtml()
{
    MessageBox::Question question = replaceQuestion();
    question.text = u"<b>Delete</b> the route?"_s;
    question.informativeText = u"<a href=\"https://example.net\">https://example.net</a>"_s;
    bool seen = false;
    QList<Qt::TextFormat> formats;
    whenShown(
        [&formats](QMessageBox* box) {
            formats << box->findChild<QLabel*>(u"qt_msgbox_label"_s)->textFormat()
                    << box->findChild<QLabel*>(u"qt_msgbox_informativelabel"_s)->textFormat();
            box->reject();
        },
        &seen);
    QVERIFY(!MessageBox::ask(nullptr, question));
    QVERIFY(seen);
    QCOMPARE(formats, (QList<Qt::TextFormat>{Qt::PlainText, Qt::PlainText}));
}

void TestMessageBox::noticeIsDismissedByAnyAnswer()
{
    MessageBox::answerNext(false);
    MessageBox::warn(nullptr, u"Could not start over"_s, u"Details: disk full"_s);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QCOMPARE(MessageBox::lastShown().icon, QMessageBox::Warning);
    QCOMPARE(MessageBox::lastShown().title, u"Could not start over"_s);
    QCOMPARE(MessageBox::lastShown().text, u"Details: disk full"_s);
    QCOMPARE(MessageBox::lastShown().acceptButton, u"OK"_s);
    QVERIFY(MessageBox::lastShown().rejectButton.isEmpty());

    MessageBox::answerNext(true);
    MessageBox::inform(nullptr, u"Saved"_s, u"The report is saved."_s);
    QCOMPARE(MessageBox::lastShown().icon, QMessageBox::Information);
    QCOMPARE(MessageBox::shownCount(), 2);

    // Without an answer, a person closes it.
    bool seen = false;
    whenShown([](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Escape); }, &seen);
    MessageBox::warn(nullptr, u"Could not start over"_s, u"Details: disk full"_s);
    QVERIFY(seen);
    QCOMPARE(MessageBox::shownCount(), 3);
}

QTEST_MAIN(TestMessageBox)
#include "tst_messagebox.moc"
