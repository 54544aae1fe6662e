// A secret copied from the wizard leaves the clipboard again after a short time, as password
// managers do, and only if the clipboard still holds it; the Copy button says so.
#include "SecretRevealField.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const Secret planted(u"synthetic-secret-for-the-clipboard-test-42"_s);

QPushButton* copyButton(SecretRevealField& field)
{
    return field.findChild<QPushButton*>(u"secretCopy"_s);
}

} // namespace

class TestClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QGuiApplication::clipboard()->clear(); }
    void buttonSaysTheClipboardIsEmptied();
    void copiedSecretIsClearedLater();
    void somethingCopiedSinceIsLeftAlone();
    void closingTheFieldClearsTheClipboard();
};

void TestClipboard::buttonSaysTheClipboardIsEmptied()
{
    SecretRevealField field(u"secret"_s, SecretRevealField::Holds::ApiKey);
    field.setSecret(planted);
    QPushButton* copy = copyButton(field);
    QVERIFY(copy);
    QCOMPARE(copy->toolTip(),
             u"Copy to the clipboard. The program empties the clipboard again after 30 second(s)."_s);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(copy->text(), u"Copied. Paste within 30 second(s)."_s);
    QCOMPARE(QGuiApplication::clipboard()->text(), planted.reveal());
    // Clipboard managers are asked not to keep it in their history.
    QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s), "secret");
}

void TestClipboard::copiedSecretIsClearedLater()
{
    SecretRevealField field(u"secret"_s, SecretRevealField::Holds::ApiKey);
    field.setClipboardLifetime(300ms);
    field.setSecret(planted);
    QSignalSpy expired(&field, &SecretRevealField::clipboardExpired);
    QTest::mouseClick(copyButton(field), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), planted.reveal());
    QVERIFY(expired.wait(10000));
    QCOMPARE(expired.first().first().toBool(), true);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString());
    QCOMPARE(copyButton(field)->text(), u"Copy"_s);
}

void TestClipboard::somethingCopiedSinceIsLeftAlone()
{
    SecretRevealField field(u"secret"_s, SecretRevealField::Holds::ApiKey);
    field.setClipboardLifetime(300ms);
    field.setSecret(planted);
    QSignalSpy expired(&field, &SecretRevealField::clipboardExpired);
    QTest::mouseClick(copyButton(field), Qt::LeftButton);
    QGuiApplication::clipboard()->setText(u"the user's own notes"_s);
    QVERIFY(expired.wait(10000));
    QCOMPARE(expired.first().first().toBool(), false);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"the user's own notes"_s);
}

void TestClipboard::closingTheFieldClearsTheClipboard()
{
    auto field = std::make_unique<SecretRevealField>(u"secret"_s, SecretRevealField::Holds::ApiKey);
    field->setSecret(planted);
    QTest::mouseClick(copyButton(*field), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), planted.reveal());
    field.reset();
    QCOMPARE(QGuiApplication::clipboard()->text(), QString());
}

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
