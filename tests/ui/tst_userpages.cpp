// Steps 4 and 5 in the real wizard against the practice account: the users and their state,
// the practice reset with its 20-minute countdown, Refresh turning a user's status to done,
// the steps ticked from what the list proves; with a real account the reset page opens and
// the address is copied; without the API the guided checklist still does the job.
#include "AccountSummaryView.h"
#include "GuidedChecklistWidget.h"
#include "ResetLinkCountdown.h"
#include "TwoFactorPage.h"
#include "UserPasswordsPage.h"
#include "UserStatusPanel.h"
#include "UserStatusTable.h"
#include "WizardHarness.h"
#include "WizardPageId.h"
#include "practice/PracticeAccount.h"
#include "recovery/UserStatusController.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QString danaId = u"5f1a2b3c4d5e6f7a8b9c0d11"_s;
const QString samId = u"5f1a2b3c4d5e6f7a8b9c0d12"_s;
const QString priyaId = u"5f1a2b3c4d5e6f7a8b9c0d13"_s;
const QString alexId = u"5f1a2b3c4d5e6f7a8b9c0d14"_s;
const QStringList allIds{danaId, samId, priyaId, alexId};

enum Column
{
    PersonColumn,
    RoleColumn,
    StateColumn,
    DoneColumn,
    ActionColumn
};

// The text of the user's cell in `column`, as the table's model gives it.
QString cellText(const UserStatusTable* table, const QString& userId, int column)
{
    const int row = table->rowOf(userId);
    return row >= 0 ? table->model()->index(row, column).data().toString() : QString();
}

} // namespace

// Receives what QDesktopServices::openUrl would give the browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};

class TestUserPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void practicePasswordsStep();
    void practiceTwoFactorStep();
    void countdownSaysWhenTheLinkExpired();
    void realAccountOpensTheResetPageAndCopiesTheAddress();
    void nonAdminKeyExplainsAndLeavesTheChecklist();
    void withoutApiThePagesStayGuided();

private:
    void connectAccount(bool practice, const QString& key = {});
    void goToPage(WizardPageId page);
    UserStatusTable* waitForTable(const QString& name);
    QString doneText(UserStatusTable* table, const QString& userId) const;
    void clickRefreshAndWait(const QString& prefix, UserStatusTable* table);
    void render(const QString& name);
    PracticeAccount& practiceAccount() const { return m_h->practiceServer()->account(); }

    QDir m_dir;
    std::unique_ptr<WizardHarness> m_h;
    UrlCatcher m_urls;
};

void TestUserPages::initTestCase()
{
    const QString buildDir = qEnvironmentVariable("MRA_BUILD_DIR", QDir::currentPath());
    m_dir = QDir(buildDir + u"/screenshots"_s);
    QVERIFY(m_dir.mkpath(u"."_s));
    // Never a real browser from a test.
    QDesktopServices::setUrlHandler(u"https"_s, &m_urls, "open");
    QDesktopServices::setUrlHandler(u"http"_s, &m_urls, "open");
}

void TestUserPages::init()
{
    m_urls.urls.clear();
    m_h = std::make_unique<WizardHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
}

void TestUserPages::cleanup()
{
    m_h.reset();
}

void TestUserPages::render(const QString& name)
{
    settleLayouts();
    QCOMPARE(m_h->wizard->size(), QSize(900, 640));
    QVERIFY(m_h->wizard->grab().toImage().save(m_dir.filePath(name + u".png"_s)));
}

void TestUserPages::connectAccount(bool practice, const QString& key)
{
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Connect));
    if (practice) {
        m_h->toggle(m_h->find<QRadioButton>(u"modePracticeRadio"_s));
    } else {
        auto* edit = m_h->find<QLineEdit>(u"connectKeyEdit"_s);
        edit->setFocus();
        QTest::keyClicks(edit, key);
    }
    m_h->click(m_h->find<QPushButton>(u"connectCheckButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->find<AccountSummaryView>(u"connectSummaryBox"_s)->isVisible(), 30000);
    QVERIFY(m_h->session->apiAvailable());
    QTRY_VERIFY(m_h->nextEnabled());
}

void TestUserPages::goToPage(WizardPageId page)
{
    while (m_h->currentId() < int(page)) {
        const int before = m_h->currentId();
        QTRY_VERIFY(m_h->nextEnabled());
        m_h->clickNext();
        QCOMPARE(m_h->currentId(), before + 1);
    }
    QCOMPARE(m_h->currentId(), int(page));
}

UserStatusTable* TestUserPages::waitForTable(const QString& name)
{
    auto* table = m_h->find<UserStatusTable>(name);
    if (!table)
        return nullptr;
    if (!QTest::qWaitFor([table] { return table->isVisible() && table->rowCount() > 0; }, 30000))
        return nullptr;
    return table;
}

QString TestUserPages::doneText(UserStatusTable* table, const QString& userId) const
{
    return cellText(table, userId, DoneColumn);
}

void TestUserPages::clickRefreshAndWait(const QString& prefix, UserStatusTable*)
{
    auto* refresh = m_h->find<QPushButton>(prefix + u"RefreshButton"_s);
    QVERIFY(refresh && refresh->isVisible());
    QTRY_VERIFY(refresh->isEnabled());
    const int before = static_cast<int>(m_h->session->journal()->entries().size());
    m_h->click(refresh);
    // Each successful refresh journals one "users-checked".
    auto* status = m_h->find<QLabel>(prefix + u"StatusLabel"_s);
    const auto checked = [this, before] {
        const QList<Journal::Entry>& entries = m_h->session->journal()->entries();
        for (qsizetype i = before; i < entries.size(); ++i) {
            if (entries.at(i).type == u"users-checked"_s)
                return true;
        }
        return false;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(checked(), qPrintable(status->text()), 30000);
    QTRY_VERIFY(refresh->isEnabled());
}

void TestUserPages::practicePasswordsStep()
{
    connectAccount(true);
    goToPage(WizardPageId::UserPasswords);
    UserStatusTable* table = waitForTable(u"userPasswordsTable"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 4);
    QVERIFY(!table->accessibleName().isEmpty());
    QVERIFY(cellText(table, danaId, PersonColumn).contains(u"dana@northwind-outfitters.com"_s));
    QCOMPARE(cellText(table, danaId, RoleColumn), u"Admin, owner"_s);
    QCOMPARE(cellText(table, samId, StateColumn), u"Never"_s);
    for (const QString& id : allIds)
        QCOMPARE(doneText(table, id), u"To do"_s);
    QVERIFY(m_h->find<QLabel>(u"userPasswordsSummaryLabel"_s)->text().contains(u"4 of 4"_s));
    QVERIFY(m_h->find<QLabel>(u"userPasswordsIntroLabel"_s)->text().contains(u"Practice"_s));
    render(u"users-01-passwords"_s);

    // Keyboard: Tab leaves the table for the buttons of its rows, in the order of the rows.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), table->actionButton(danaId));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), table->actionButton(samId));

    // The practice reset: clearly practice, starts the countdown, changes the practice account.
    QPushButton* reset = table->actionButton(samId);
    QVERIFY(reset && reset->isVisible());
    QVERIFY(reset->text().contains(u"Practice"_s));
    QVERIFY(reset->accessibleName().contains(u"Sam Ortiz"_s));
    QVERIFY(!practiceAccount().users().at(1).passwordUpdatedAt.isValid());
    m_h->click(reset);
    ResetLinkCountdown* countdown = table->countdown(samId);
    QVERIFY(countdown && countdown->isVisible());
    QVERIFY2(QRegularExpression(u"^(20:00|19:[0-5][0-9]) left$"_s).match(countdown->text()).hasMatch(),
             qPrintable(countdown->text()));
    QVERIFY(!countdown->accessibleName().isEmpty());
    auto* note = m_h->find<QLabel>(u"userPasswordsNoteLabel"_s);
    QVERIFY(note->isVisible() && note->text().startsWith(u"Practice:"_s));
    QCOMPARE(m_h->session->journal()->entries().constLast().type, u"user-reset-link-opened"_s);
    QCOMPARE(m_h->session->journal()->entries().constLast().data.value(u"user_id"_s).toString(), samId);
    QVERIFY(practiceAccount().users().at(1).passwordUpdatedAt.isValid());
    QVERIFY(m_urls.urls.isEmpty());               // practice never goes to the real Mailgun
    QCOMPARE(doneText(table, samId), u"To do"_s); // not until the program has checked
    render(u"users-02-practice-reset"_s);

    clickRefreshAndWait(u"userPasswords"_s, table);
    QCOMPARE(doneText(table, samId), u"Done"_s);
    QCOMPARE(doneText(table, danaId), u"To do"_s);
    QVERIFY(!table->actionButton(samId)); // nothing left to do for Sam
    QVERIFY(m_h->find<QLabel>(u"userPasswordsSummaryLabel"_s)->text().contains(u"3 of 4"_s));
    QVERIFY(!m_h->session->isItemConfirmed(RecoveryStep::UserPasswords, u"users-other-passwords"_s));

    for (const QString& id : {danaId, priyaId, alexId})
        m_h->click(table->actionButton(id));
    clickRefreshAndWait(u"userPasswords"_s, table);
    for (const QString& id : allIds)
        QCOMPARE(doneText(table, id), u"Done"_s);
    QVERIFY(m_h->session->isItemConfirmed(RecoveryStep::UserPasswords, u"users-own-password"_s));
    QVERIFY(m_h->session->isItemConfirmed(RecoveryStep::UserPasswords, u"users-other-passwords"_s));
    auto* page = qobject_cast<UserPasswordsPage*>(m_h->wizard->currentPage());
    QVERIFY(page->checklist()->checkBox(u"users-other-passwords"_s)->isChecked());
    // Whether everyone should keep access is the admin's call.
    QVERIFY(!m_h->session->isStepDone(RecoveryStep::UserPasswords));
    QVERIFY(m_h->find<QLabel>(u"userPasswordsSummaryLabel"_s)->text().contains(u"only you can decide"_s));
    render(u"users-03-passwords-verified"_s);
    page->checklist()->checkBox(u"users-reviewed"_s)->click();
    QVERIFY(m_h->session->isStepDone(RecoveryStep::UserPasswords));
    QVERIFY(m_h->find<QLabel>(u"userPasswordsSummaryLabel"_s)->text().contains(u"This step is done"_s));
}

void TestUserPages::practiceTwoFactorStep()
{
    connectAccount(true);
    goToPage(WizardPageId::TwoFactor);
    UserStatusTable* table = waitForTable(u"twoFactorTable"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(cellText(table, danaId, StateColumn), u"On"_s);
    QCOMPARE(cellText(table, priyaId, StateColumn), u"Not finished"_s);
    QCOMPARE(cellText(table, samId, StateColumn), u"Off"_s);
    QCOMPARE(doneText(table, danaId), u"Done"_s);
    QVERIFY(!table->actionButton(danaId));
    QVERIFY(!table->countdown(samId)); // no reset link on this step
    QVERIFY(m_h->find<QLabel>(u"twoFactorIntroLabel"_s)->text().contains(u"360011664433"_s));
    render(u"users-04-twofactor"_s);

    QPushButton* turnOn = table->actionButton(samId);
    QVERIFY(turnOn && turnOn->text().contains(u"Practice"_s));
    m_h->click(turnOn);
    clickRefreshAndWait(u"twoFactor"_s, table);
    QCOMPARE(doneText(table, samId), u"Done"_s);
    QVERIFY(!m_h->session->isStepDone(RecoveryStep::TwoFactor));

    m_h->click(table->actionButton(priyaId));
    m_h->click(table->actionButton(alexId));
    clickRefreshAndWait(u"twoFactor"_s, table);
    for (const QString& id : allIds)
        QCOMPARE(doneText(table, id), u"Done"_s);
    QVERIFY(m_h->session->isStepDone(RecoveryStep::TwoFactor));
    auto* page = qobject_cast<TwoFactorPage*>(m_h->wizard->currentPage());
    QVERIFY(page->checklist()->checkBox(u"tfa-own"_s)->isChecked());
    QVERIFY(page->checklist()->checkBox(u"tfa-other-users"_s)->isChecked());
    QVERIFY(m_h->find<QLabel>(u"twoFactorSummaryLabel"_s)->text().contains(u"This step is done"_s));
    render(u"users-05-twofactor-done"_s);
}

void TestUserPages::countdownSaysWhenTheLinkExpired()
{
    // A clock the test moves: the countdown's own one-second tick reads it.
    const QDateTime opened(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc());
    QDateTime now = opened;
    ResetLinkCountdown countdown;
    countdown.setClockForTests([&now] { return now; });
    QVERIFY(countdown.isHidden());
    countdown.setOpenedAt(opened);
    QVERIFY(!countdown.isHidden());
    QCOMPARE(countdown.text(), u"20:00 left"_s);
    now = opened.addSecs(19 * 60 + 50);
    QTRY_COMPARE(countdown.text(), u"00:10 left"_s);
    QVERIFY(!countdown.hasExpired());
    now = opened.addSecs(20 * 60);
    QVERIFY(countdown.hasExpired());
    QTRY_COMPARE(countdown.text(), u"Expired: ask again"_s);
    QVERIFY(countdown.toolTip().contains(u"again"_s));
    countdown.setOpenedAt({});
    QVERIFY(countdown.isHidden());
}

void TestUserPages::realAccountOpensTheResetPageAndCopiesTheAddress()
{
    // "My Mailgun account" is the harness's practice server, reached with its admin key.
    connectAccount(false, m_h->server.practiceKey());
    QCOMPARE(m_h->session->mode(), RecoverySession::AccountMode::RealAccount);
    goToPage(WizardPageId::UserPasswords);
    UserStatusTable* table = waitForTable(u"userPasswordsTable"_s);
    QVERIFY(table);
    QPushButton* reset = table->actionButton(priyaId);
    QVERIFY(reset && !reset->text().contains(u"Practice"_s));
    m_h->click(reset);
    QCOMPARE(m_urls.urls, QList<QUrl>{QUrl(u"https://login.mailgun.com/login/"_s)});
    QCOMPARE(QGuiApplication::clipboard()->text(), u"priya@northwind-outfitters.com"_s);
    QVERIFY(table->countdown(priyaId)->isVisible());
    const QString note = m_h->find<QLabel>(u"userPasswordsNoteLabel"_s)->text();
    QVERIFY2(note.contains(u"20 minutes"_s) && note.contains(u"priya@northwind-outfitters.com"_s),
             qPrintable(note));
    const Journal::Entry entry = m_h->session->journal()->entries().constLast();
    QCOMPARE(entry.type, u"user-reset-link-opened"_s);
    QCOMPARE(entry.data.value(u"practice"_s).toBool(), false);
    // A real account is never changed by the program: Priya has not reset anything yet.
    clickRefreshAndWait(u"userPasswords"_s, table);
    QCOMPARE(doneText(table, priyaId), u"To do"_s);
    QVERIFY(table->countdown(priyaId)->isVisible()); // the countdown survives the refresh

    // Priya uses the link (in the Control Panel); the next refresh shows it.
    for (PracticeUser& user : m_h->server.account().users()) {
        if (user.id == priyaId)
            user.passwordUpdatedAt = m_h->server.account().now();
    }
    clickRefreshAndWait(u"userPasswords"_s, table);
    QCOMPARE(doneText(table, priyaId), u"Done"_s);

    // Step 5: the how-to for a user is copied, ready to email.
    goToPage(WizardPageId::TwoFactor);
    table = waitForTable(u"twoFactorTable"_s);
    QVERIFY(table);
    m_h->click(table->actionButton(samId));
    const QString howTo = QGuiApplication::clipboard()->text();
    QVERIFY2(howTo.contains(u"Sam Ortiz"_s) &&
                 howTo.contains(u"https://help.mailgun.com/hc/en-us/articles/360011664433"_s),
             qPrintable(howTo));
    QCOMPARE(m_urls.urls.size(), 1); // copying opens nothing
}

void TestUserPages::nonAdminKeyExplainsAndLeavesTheChecklist()
{
    connectAccount(false, m_h->server.account().seededSecret(u"developer"_s));
    goToPage(WizardPageId::UserPasswords);
    auto* status = m_h->find<QLabel>(u"userPasswordsStatusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Admin"_s), 30000);
    QVERIFY(!m_h->find<UserStatusTable>(u"userPasswordsTable"_s)->isVisible());
    render(u"users-06-not-admin"_s);
    auto* page = qobject_cast<UserPasswordsPage*>(m_h->wizard->currentPage());
    for (const ChecklistItem& item : page->checklist()->guide().items)
        page->checklist()->checkBox(item.id)->click();
    QVERIFY(m_h->session->isStepDone(RecoveryStep::UserPasswords));
}

void TestUserPages::withoutApiThePagesStayGuided()
{
    m_h->clickNext();
    m_h->toggle(m_h->find<QCheckBox>(u"connectWithoutApiCheck"_s));
    goToPage(WizardPageId::UserPasswords);
    QVERIFY(!m_h->wizard->currentPage()->findChild<QWidget*>(u"automaticArea"_s)->isVisible());
    QVERIFY(!m_h->find<UserStatusTable>(u"userPasswordsTable"_s));
    goToPage(WizardPageId::TwoFactor);
    QVERIFY(!m_h->wizard->currentPage()->findChild<QWidget*>(u"automaticArea"_s)->isVisible());
    auto* page = qobject_cast<TwoFactorPage*>(m_h->wizard->currentPage());
    for (const ChecklistItem& item : page->checklist()->guide().items)
        page->checklist()->checkBox(item.id)->click();
    QVERIFY(m_h->session->isStepDone(RecoveryStep::TwoFactor));
}

QTEST_MAIN(TestUserPages)
#include "tst_userpages.moc"
