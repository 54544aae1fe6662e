// The practice account walked from the first page to the saved report with the keyboard
// alone: Tab, Shift+Tab, Space, Enter, Escape and the arrow keys go to the widget that has
// the focus, as a person's key presses do; nothing is clicked and no slot is called. The
// questions are answered by keyboard in the real message box. On the way: Tab leaves every
// table, Enter in a table does not press Next, the focus lands somewhere sensible after each
// action, step 1 reads top to bottom, and Escape asks before the wizard closes.
#include "FindingsTable.h"
#include "KeyboardKeys.h"
#include "ReportPanel.h"
#include "UserStatusTable.h"
#include "WizardHarness.h"
#include "WizardPageId.h"
#include "practice/PracticeAccount.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizard>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// URLs the wizard would open in the browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void open(const QUrl&) {}
};

} // namespace

class TestKeyboardWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void walksThePracticeAccountWithKeysOnly();
    void escapeAsksBeforeClosing();

private:
    // Presses Tab (or Shift+Tab) until `reached` holds for the focus widget; at most 120 times.
    bool tabUntil(const std::function<bool(QWidget*)>& reached, bool backwards = false);
    bool tabTo(const QString& objectName, bool backwards = false);
    bool tabTo(QWidget* target, bool backwards = false);
    void pressNextByKeyboard(WizardPageId expected);
    void tabLeavesTable(QTableView* table);
    void walkStep1();
    void walkStep2();
    void walkStep3();
    void walkUserStep(const QString& prefix, const QString& buttonPrefix);

    std::unique_ptr<WizardHarness> m_h;
    UrlCatcher m_urls;
};

void TestKeyboardWalk::initTestCase()
{
    QDesktopServices::setUrlHandler(u"https"_s, &m_urls, "open");
    QDesktopServices::setUrlHandler(u"http"_s, &m_urls, "open");
}

void TestKeyboardWalk::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QDesktopServices::unsetUrlHandler(u"http"_s);
}

void TestKeyboardWalk::init()
{
    m_h = std::make_unique<WizardHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
    m_h->wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_h->wizard.get()));
}

void TestKeyboardWalk::cleanup()
{
    m_h.reset();
}

bool TestKeyboardWalk::tabUntil(const std::function<bool(QWidget*)>& reached, bool backwards)
{
    reactivateWizard();
    for (int presses = 0; presses < 120; ++presses) {
        if (focused() && reached(focused()))
            return true;
        QTest::keyClick(focused() ? focused() : m_h->wizard.get(), backwards ? Qt::Key_Backtab : Qt::Key_Tab,
                        backwards ? Qt::ShiftModifier : Qt::NoModifier);
    }
    return focused() && reached(focused());
}

bool TestKeyboardWalk::tabTo(const QString& objectName, bool backwards)
{
    return tabUntil([&objectName](QWidget* w) { return w->objectName() == objectName; }, backwards);
}

bool TestKeyboardWalk::tabTo(QWidget* target, bool backwards)
{
    return tabUntil([target](QWidget* w) { return w == target; }, backwards);
}

void TestKeyboardWalk::pressNextByKeyboard(WizardPageId expected)
{
    QTRY_VERIFY(m_h->nextEnabled());
    QVERIFY(tabTo(m_h->button(QWizard::NextButton)));
    press(Qt::Key_Space);
    QCOMPARE(m_h->currentId(), int(expected));
}

void TestKeyboardWalk::tabLeavesTable(QTableView* table)
{
    QVERIFY(tabTo(table));
    QVERIFY(!table->tabKeyNavigation());
    const int page = m_h->currentId();
    // Enter in a table is not Next.
    press(Qt::Key_Return);
    QCOMPARE(m_h->currentId(), page);
    // Tab leaves the table: at once, or after the buttons that sit in its rows (steps 4 and
    // 5), and never goes round inside it.
    const auto outside = [table](QWidget* w) {
        return w != table && !table->isAncestorOf(w);
    };
    press(Qt::Key_Tab);
    QVERIFY2(focused() != table, qPrintable(describe(focused())));
    for (int presses = 0; presses < 20 && !outside(focused()); ++presses) {
        QVERIFY2(qobject_cast<QPushButton*>(focused()), qPrintable(describe(focused())));
        press(Qt::Key_Tab);
    }
    QVERIFY2(outside(focused()), qPrintable(describe(focused())));
    QVERIFY(tabTo(table, true));
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY2(outside(focused()), qPrintable(describe(focused())));
}

void TestKeyboardWalk::walkStep1()
{
    // Top to bottom: the date, then the tabs, then the guide below them.
    auto* date = m_h->find<QWidget>(u"incidentStartDateTime"_s);
    auto* tabs = m_h->find<QTabWidget>(u"investigateTabs"_s);
    QVERIFY(date && tabs);
    QVERIFY(tabTo(date));
    QStringList order;
    QVERIFY(tabUntil([&order, tabs](QWidget* w) {
        order.append(describe(w));
        return w == tabs->tabBar();
    }));
    for (const QString& passed : std::as_const(order))
        QVERIFY2(!passed.startsWith(u"checklist_"_s) && !passed.startsWith(u"link_"_s), qPrintable(passed));

    // The third tab, with the arrow keys.
    QCOMPARE(tabs->currentIndex(), 0);
    press(Qt::Key_Right);
    press(Qt::Key_Right);
    QCOMPARE(tabs->currentIndex(), 2);

    QVERIFY(tabTo(u"startReviewButton"_s));
    press(Qt::Key_Space);
    auto* table = m_h->find<FindingsTable>(u"reviewFindingsTable"_s);
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && !table->findings().isEmpty() &&
                                 m_h->find<QWidget>(u"startReviewButton"_s)->isEnabled(),
                             60000);
    tabLeavesTable(table);

    // Down to the catch-all route, then remove it, answering the question by keyboard.
    QVERIFY(tabTo(table));
    for (int row = 0; row < table->findings().size(); ++row) {
        if (table->selectedFinding() && table->selectedFinding()->kind == u"catch-all-route"_s)
            break;
        press(Qt::Key_Down);
    }
    QVERIFY(table->selectedFinding());
    QCOMPARE(table->selectedFinding()->kind, u"catch-all-route"_s);
    auto* remove = m_h->find<QPushButton>(u"removeFindingButton"_s);
    QVERIFY(remove->isEnabled());
    QVERIFY(tabTo(remove));
    const auto routes = [this] {
        return m_h->practiceServer()->account().region(PracticeRegion::Us).routes.size();
    };
    const qsizetype routesBefore = routes();
    KeyboardAnswer answer;
    answer.arm(true);
    press(Qt::Key_Space);
    QVERIFY(answer.seen);
    QCOMPARE(answer.pressed, u"Remove it"_s);
    auto* hint = m_h->find<QLabel>(u"removeFindingHint"_s);
    QTRY_COMPARE_WITH_TIMEOUT(routes(), routesBefore - 1, 30000);
    QTRY_VERIFY(hint->text() != u"Removing it…"_s);
    // The outcome has the focus, not the table or Back.
    QTRY_COMPARE(focused(), static_cast<QWidget*>(hint));
}

void TestKeyboardWalk::walkStep2()
{
    QVERIFY(tabTo(u"apiKeyShowKeysButton"_s));
    press(Qt::Key_Space);
    auto* table = m_h->find<QTableView>(u"apiKeyPlanTable"_s);
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && m_h->find<QWidget>(u"apiKeyReplaceButton"_s)->isEnabled(),
                             30000);
    tabLeavesTable(table);

    QVERIFY(tabTo(u"apiKeyReplaceButton"_s));
    KeyboardAnswer answer;
    answer.arm(true);
    press(Qt::Key_Space);
    QVERIFY(answer.seen);
    QCOMPARE(answer.pressed, u"Replace the key"_s);
    auto* field = m_h->find<QLineEdit>(u"apiKeyNewKeyField"_s);
    QVERIFY(field);
    QTRY_VERIFY_WITH_TIMEOUT(field->isVisible() && !field->text().isEmpty(), 60000);
    // The new key has the focus: read it, then show and copy it.
    QTRY_COMPARE(focused(), static_cast<QWidget*>(field));
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QVERIFY(tabTo(u"apiKeyNewKeyFieldShow"_s));
    press(Qt::Key_Space);
    QCOMPARE(field->echoMode(), QLineEdit::Normal);
    QVERIFY(tabTo(u"apiKeyNewKeyFieldCopy"_s));
    press(Qt::Key_Space);
    QCOMPARE(QGuiApplication::clipboard()->text(), field->text());
}

void TestKeyboardWalk::walkStep3()
{
    QVERIFY(tabTo(u"smtpShowButton"_s));
    press(Qt::Key_Space);
    auto* table = m_h->find<QTableView>(u"smtpPlanTable"_s);
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && m_h->find<QWidget>(u"smtpStartButton"_s)->isEnabled(),
                             30000);
    tabLeavesTable(table);

    QVERIFY(tabTo(u"smtpStartButton"_s));
    KeyboardAnswer answer;
    answer.arm(true);
    press(Qt::Key_Space);
    QVERIFY(answer.seen);
    QCOMPARE(answer.pressed, u"Reset the passwords"_s);
    auto* summary = m_h->find<QWidget>(u"smtpSummaryText"_s);
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), 60000);
    // What was done and where the passwords are, not the table.
    QTRY_COMPARE(focused(), summary);

    // A login's new password, chosen with the arrow keys, shown and copied.
    QVERIFY(tabTo(table, true));
    auto* password = m_h->find<QLineEdit>(u"smtpPasswordField"_s);
    // The first login is current when the table takes the focus; Down, row by row, to a login
    // that got a new password (a deleted one has none).
    QVERIFY(table->currentIndex().isValid());
    for (int row = 0; row < table->model()->rowCount() && !password->isVisible(); ++row)
        press(Qt::Key_Down);
    QTRY_VERIFY2(password->isVisible() && !password->text().isEmpty(),
                 qPrintable(describe(focused()) + u" row "_s + QString::number(table->currentIndex().row()) +
                            u" "_s + m_h->find<QLabel>(u"smtpPasswordLabel"_s)->text()));
    QVERIFY(tabTo(u"smtpPasswordFieldShow"_s));
    press(Qt::Key_Space);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    QVERIFY(tabTo(u"smtpPasswordFieldCopy"_s));
    press(Qt::Key_Space);
    QCOMPARE(QGuiApplication::clipboard()->text(), password->text());
}

void TestKeyboardWalk::walkUserStep(const QString& prefix, const QString& buttonPrefix)
{
    auto* table = m_h->find<UserStatusTable>(prefix + u"Table"_s);
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && table->rowCount() > 0, 30000);
    auto* refresh = m_h->find<QPushButton>(prefix + u"RefreshButton"_s);
    QTRY_VERIFY(refresh->isEnabled());
    // Tab goes from the table to its buttons and on, never round inside it.
    tabLeavesTable(table);
    if (QTest::currentTestFailed())
        return;

    // Every user who still has to act: their button, reached by Tab, named after them.
    QList<QPushButton*> buttons;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString id = table->users()->status(row).user.id;
        if (QPushButton* button = table->actionButton(id))
            buttons.append(button);
    }
    QVERIFY(!buttons.isEmpty());
    for (QPushButton* button : std::as_const(buttons)) {
        QVERIFY(button->objectName().startsWith(buttonPrefix));
        QVERIFY2(tabTo(button), qPrintable(button->objectName()));
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(button);
        QVERIFY(iface && iface->role() == QAccessible::Button);
        QVERIFY(!iface->text(QAccessible::Name).isEmpty());
        press(Qt::Key_Space);
    }
    QVERIFY(tabTo(refresh, true));
    press(Qt::Key_Space);
    auto* summary = m_h->find<QLabel>(prefix + u"SummaryLabel"_s);
    // Everyone has done it now: no button is left in the table.
    const auto noneLeft = [table] {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->actionButton(table->users()->status(row).user.id))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled() && table->rowCount() > 0 && noneLeft(), 30000);
    QVERIFY(summary->isVisible());
    // Back where the admin was, next to what the check found: not in the table.
    QCOMPARE(focused(), static_cast<QWidget*>(refresh));
}

void TestKeyboardWalk::walksThePracticeAccountWithKeysOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    pressNextByKeyboard(WizardPageId::Connect);
    if (QTest::currentTestFailed())
        return;
    // The radio buttons are one Tab stop; the arrow keys choose.
    QVERIFY(tabTo(u"modeRealRadio"_s));
    press(Qt::Key_Down);
    QVERIFY(m_h->find<QRadioButton>(u"modePracticeRadio"_s)->isChecked());
    QVERIFY(tabTo(u"connectCheckButton"_s));
    press(Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(m_h->session->apiAvailable(), 30000);
    // A key that works: Next has the focus, not Back.
    QTRY_COMPARE(focused(), static_cast<QWidget*>(m_h->button(QWizard::NextButton)));
    press(Qt::Key_Space);
    QCOMPARE(m_h->currentId(), int(WizardPageId::Investigate));

    walkStep1();
    if (QTest::currentTestFailed())
        return;
    pressNextByKeyboard(WizardPageId::ApiKey);
    if (QTest::currentTestFailed())
        return;
    walkStep2();
    if (QTest::currentTestFailed())
        return;
    pressNextByKeyboard(WizardPageId::SmtpCredentials);
    if (QTest::currentTestFailed())
        return;
    walkStep3();
    if (QTest::currentTestFailed())
        return;
    pressNextByKeyboard(WizardPageId::UserPasswords);
    if (QTest::currentTestFailed())
        return;
    walkUserStep(u"userPasswords"_s, u"userResetButton_"_s);
    if (QTest::currentTestFailed())
        return;
    pressNextByKeyboard(WizardPageId::TwoFactor);
    if (QTest::currentTestFailed())
        return;
    walkUserStep(u"twoFactor"_s, u"userTfaButton_"_s);
    if (QTest::currentTestFailed())
        return;
    pressNextByKeyboard(WizardPageId::ReportToSupport);
    if (QTest::currentTestFailed())
        return;

    const QString path = dir.filePath(u"report.md"_s);
    ReportPanel::setNextSavePath(path);
    QVERIFY(tabTo(u"reportSaveMarkdownButton"_s));
    press(Qt::Key_Space);
    QVERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().isEmpty());
}

void TestKeyboardWalk::escapeAsksBeforeClosing()
{
    KeyboardAnswer keepGoing;
    keepGoing.arm(false);
    press(Qt::Key_Escape);
    QVERIFY(keepGoing.seen);
    QCOMPARE(MessageBox::lastShown().acceptButton, u"Stop for now"_s);
    QCOMPARE(MessageBox::lastShown().rejectButton, u"Keep going"_s);
    QCOMPARE(MessageBox::lastShown().escapeButton, u"Keep going"_s);
    QVERIFY(m_h->wizard->isVisible());

    KeyboardAnswer stop;
    stop.arm(true);
    press(Qt::Key_Escape);
    QVERIFY(stop.seen);
    QCOMPARE(stop.pressed, u"Stop for now"_s);
    QVERIFY(!m_h->wizard->isVisible());
    QCOMPARE(m_h->wizard->result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestKeyboardWalk)
#include "tst_keyboardwalk.moc"
