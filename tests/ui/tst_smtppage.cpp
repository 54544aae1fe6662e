// Step 3's automatic mode in the real wizard: the table of every SMTP login, the choice
// to delete, the one confirmation, the live results, the password shown on request and the
// list to copy, which says where each password is and never holds one.
#include "AccountSummaryView.h"
#include "CellFit.h"
#include "MissingKeychain.h"
#include "SecretRevealField.h"
#include "SessionPractice.h"
#include "SmtpCredentialsPage.h"
#include "SmtpResetPanel.h"
#include "WizardHarness.h"
#include "models/SmtpLoginModel.h"
#include "practice/PracticeAccount.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString cellText(const QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

class TestSmtpPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void resetsEveryLoginAndDeletesTheTickedOne();
    void declinedConfirmationChangesNothing();
    void withoutKeychainNothingIsSent();
    void everyLoginFitsItsCellAtTheDefaultSize();

private:
    void connectPracticeAndOpenPage();
    void showLogins();
    PracticeAccount& account() const { return m_h->practiceServer()->account(); }
    void render(const QString& name);

    QDir m_dir;
    std::unique_ptr<WizardHarness> m_h;
    QTableView* m_table = nullptr;
};

void TestSmtpPage::initTestCase()
{
    const QString buildDir = qEnvironmentVariable("MRA_BUILD_DIR", QDir::currentPath());
    m_dir = QDir(buildDir + u"/screenshots"_s);
    QVERIFY(m_dir.mkpath(u"."_s));
}

void TestSmtpPage::init()
{
    m_h = std::make_unique<WizardHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
}

void TestSmtpPage::cleanup()
{
    m_h.reset();
}

void TestSmtpPage::render(const QString& name)
{
    settleLayouts();
    QVERIFY(m_h->wizard->grab().toImage().save(m_dir.filePath(name + u".png"_s)));
}

void TestSmtpPage::connectPracticeAndOpenPage()
{
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Connect));
    m_h->toggle(m_h->find<QRadioButton>(u"modePracticeRadio"_s));
    m_h->click(m_h->find<QPushButton>(u"connectCheckButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->find<AccountSummaryView>(u"connectSummaryBox"_s)->isVisible(), 30000);
    QTRY_VERIFY(m_h->nextEnabled());
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Investigate));
    m_h->clickNext();
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::SmtpCredentials));
}

void TestSmtpPage::showLogins()
{
    auto* show = m_h->find<QPushButton>(u"smtpShowButton"_s);
    QVERIFY(show && show->isVisible());
    m_h->click(show);
    m_table = m_h->find<QTableView>(u"smtpPlanTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_table->isVisible() && m_table->model()->rowCount() > 0, 30000);
}

void TestSmtpPage::resetsEveryLoginAndDeletesTheTickedOne()
{
    connectPracticeAndOpenPage();
    showLogins();
    render(u"smtp-1-plan"_s);

    // Tick the first login that is not postmaster; postmaster cannot be ticked.
    int victimRow = -1;
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        const QModelIndex check = m_table->model()->index(row, 0);
        const QString login = cellText(m_table, row, 1);
        if (login.startsWith(u"postmaster@"_s)) {
            QVERIFY(!(m_table->model()->flags(check) & Qt::ItemIsUserCheckable));
        } else if (victimRow < 0) {
            victimRow = row;
            QVERIFY(m_table->model()->setData(check, Qt::Checked, Qt::CheckStateRole));
        }
    }
    QVERIFY(victimRow >= 0);
    const QString victim = cellText(m_table, victimRow, 1);
    const QString victimDomain = victim.section(u'@', 1);

    MessageBox::answerNext(true);
    m_h->click(m_h->find<QPushButton>(u"smtpStartButton"_s));
    // The question counts what gets a new password and what is deleted, and its buttons name
    // the action and the way out. The practice account has 11 SMTP logins in its two regions,
    // and its subaccount 2 more.
    QCOMPARE(MessageBox::shownCount(), 1);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    const MessageBox::Shown asked = MessageBox::lastShown();
    QCOMPARE(asked.text, u"Reset the SMTP passwords now?"_s);
    QVERIFY2(asked.informativeText.contains(
                 u"Logins that get a new password, kept in this computer's keychain: 12."_s),
             qPrintable(asked.informativeText));
    QVERIFY2(asked.informativeText.contains(u"Logins that will be deleted: 1."_s),
             qPrintable(asked.informativeText));
    QCOMPARE(asked.acceptButton, u"Reset the passwords"_s);
    QCOMPARE(asked.rejectButton, u"Not now"_s);
    QCOMPARE(asked.defaultButton, u"Not now"_s);
    QCOMPARE(asked.escapeButton, u"Not now"_s);
    auto* summary = m_h->find<QPlainTextEdit>(u"smtpSummaryText"_s);
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), 60000);
    auto* result = m_h->find<QLabel>(u"smtpResultLabel"_s);
    QVERIFY2(result->text().startsWith(u"Done"_s), qPrintable(result->text()));
    QCOMPARE(cellText(m_table, victimRow, 5), u"✔ deleted"_s);
    QVERIFY(account().findCredential(PracticeRegion::Us, victimDomain, victim) == nullptr &&
            account().findCredential(PracticeRegion::Eu, victimDomain, victim) == nullptr);
    QVERIFY(m_h->session->isItemConfirmed(RecoveryStep::SmtpCredentials, u"smtp-passwords-reset"_s));
    QVERIFY(m_h->session->isItemConfirmed(RecoveryStep::SmtpCredentials, u"smtp-unknown-deleted"_s));

    // Click a changed login: its new password is there, masked, and matches Mailgun's.
    const int changedRow = victimRow == 0 ? 1 : 0;
    m_table->setCurrentIndex(m_table->model()->index(changedRow, 1));
    auto* lineEdit = m_h->find<QLineEdit>(u"smtpPasswordField"_s);
    QVERIFY(lineEdit);
    auto* field = qobject_cast<SecretRevealField*>(lineEdit->parentWidget());
    QVERIFY(field);
    QTRY_VERIFY(field->isVisible());
    QVERIFY(field->isMasked());
    const QString login = cellText(m_table, changedRow, 1);
    const Region region = cellText(m_table, changedRow, 2) == u"EU"_s ? Region::Eu : Region::Us;
    const QString password =
        account().credentialPassword(practiceRegionOf(region), login.section(u'@', 1), login);
    QCOMPARE(password.size(), 32);
    QCOMPARE(field->field()->echoMode(), QLineEdit::Password);
    QCOMPARE(field->field()->text(), password);
    // A screen reader names what the field holds: an SMTP password, not step 2's key.
    QCOMPARE(lineEdit->accessibleName(), u"New SMTP password"_s);
    QCOMPARE(m_h->find<QPushButton>(u"smtpPasswordFieldShow"_s)->accessibleName(),
             u"Show the new SMTP password"_s);
    QCOMPARE(m_h->find<QPushButton>(u"smtpPasswordFieldCopy"_s)->accessibleName(),
             u"Copy the new SMTP password"_s);
    render(u"smtp-2-done"_s);

    m_h->click(m_h->find<QPushButton>(u"smtpCopyButton"_s));
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(login));
    QVERIFY(copied.contains(u"smtp:"_s));
    for (Region r : allRegions) {
        for (const PracticeDomain& domain : account().region(practiceRegionOf(r)).domains) {
            for (const PracticeCredential& credential : domain.credentials)
                QVERIFY2(!copied.contains(credential.password), "a password reached the copied list");
        }
    }
}

void TestSmtpPage::declinedConfirmationChangesNothing()
{
    connectPracticeAndOpenPage();
    showLogins();
    const QString login = cellText(m_table, 0, 1);
    const Region region = cellText(m_table, 0, 2) == u"EU"_s ? Region::Eu : Region::Us;
    const QString before =
        account().credentialPassword(practiceRegionOf(region), login.section(u'@', 1), login);
    const qsizetype requestsBefore = m_h->practiceServer()->requests().size();
    MessageBox::answerNext(false);
    m_h->click(m_h->find<QPushButton>(u"smtpStartButton"_s));
    QCOMPARE(MessageBox::shownCount(), 1);
    QCOMPARE(MessageBox::lastShown().acceptButton, u"Reset the passwords"_s);
    // "Not now" is decided inside the click: nothing started, so nothing can be sent later.
    auto* panel = m_h->find<SmtpResetPanel>(u"smtpResetPanel"_s);
    QCOMPARE(panel->controller()->phase(), SmtpResetController::Phase::Ready);
    QVERIFY(!panel->isRunning());
    QCOMPARE(m_h->practiceServer()->requests().size(), requestsBefore);
    QCOMPARE(account().credentialPassword(practiceRegionOf(region), login.section(u'@', 1), login), before);
    QVERIFY(m_h->find<QPushButton>(u"smtpStartButton"_s)->isVisible());
}

// Issue 16: a login is never cut ("postmaster…ters.com" hid its domain). The oracle lays each
// login out with Qt's text layout at the cell's width, wrapping anywhere it must, and the cell
// must be at least as tall as the lines it needs.
void TestSmtpPage::everyLoginFitsItsCellAtTheDefaultSize()
{
    connectPracticeAndOpenPage();
    showLogins();
    QCOMPARE(m_h->wizard->size(), QSize(900, 640));
    settleLayouts();
    const QString cut = firstCutCell(m_table, {SmtpLoginModel::LoginColumn});
    QVERIFY2(cut.isEmpty(), qPrintable(cut));
}

void TestSmtpPage::withoutKeychainNothingIsSent()
{
    // The practice account's store reports no keychain.
    MissingKeychain missing;
    QVERIFY(m_h->session->ensurePracticeWorkspace());
    m_h->session->practiceWorkspace()->setSecretStore(&missing);
    connectPracticeAndOpenPage();
    showLogins();
    MessageBox::answerNext(true);
    m_h->click(m_h->find<QPushButton>(u"smtpStartButton"_s));
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    auto* result = m_h->find<QLabel>(u"smtpResultLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 30000);
    QVERIFY2(result->text().contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(result->text()));
    render(u"smtp-3-no-keychain"_s);
    for (const PracticeRequestRecord& request : m_h->practiceServer()->requests())
        QVERIFY(request.method != "PUT");
    m_h->session->practiceWorkspace()->setSecretStore(nullptr);
}

QTEST_MAIN(TestSmtpPage)
#include "tst_smtppage.moc"
