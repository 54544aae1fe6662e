#include "GuidedChecklistWidget.h"
#include "GuidedStepPage.h"
#include "StepListPanel.h"
#include "WizardHarness.h"
#include "recovery/StepGuide.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;

// The whole wizard: moving between pages, the side panel, the step checklists and Finish.
class TestWizard : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // Stands in for the web browser (QDesktopServices::setUrlHandler).
    void openUrl(const QUrl& url) { m_openedUrls.append(url); }

private Q_SLOTS:
    void init();
    void cleanup();

    void startsOnWelcomeAndNextGoesToConnect();
    void sidePanelFollowsTheCurrentPage();
    void everyStepPageShowsItsNumberAndChecklist();
    void tickingEveryItemMarksTheStepDone();
    void stepPagesLetTheUserGoOnWithItemsLeft();
    void confirmationsMadeElsewhereShowOnThePage();
    void practiceModeIsShownInTheSidePanel();
    void finishOnTheLastPageClosesTheWizard();
    void linksOpenTheGuidesUrlInTheBrowser();
    void startingInPracticeModeFillsThePracticeKey();

private:
    void goToFirstStepByHand();
    QFrame* row(const QString& id) const { return m_h->find<QFrame>(u"stepRow_"_s + id); }

    std::unique_ptr<WizardHarness> m_h;
    QList<QUrl> m_openedUrls;
};

void TestWizard::init()
{
    m_h = std::make_unique<WizardHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
}

void TestWizard::cleanup()
{
    m_h.reset();
}

void TestWizard::goToFirstStepByHand()
{
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Connect));
    m_h->toggle(m_h->find<QCheckBox>(u"connectWithoutApiCheck"_s));
    QVERIFY(m_h->nextEnabled());
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Investigate));
}

void TestWizard::startsOnWelcomeAndNextGoesToConnect()
{
    QCOMPARE(m_h->currentId(), int(WizardPageId::Welcome));
    QVERIFY(!m_h->button(QWizard::BackButton)->isVisible());
    QVERIFY(m_h->nextEnabled());
    QVERIFY(!m_h->wizard->windowTitle().isEmpty());
    QVERIFY(m_h->wizard->width() >= 900 && m_h->wizard->height() >= 640);
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Connect));
    QVERIFY(m_h->button(QWizard::BackButton)->isVisible());
}

void TestWizard::sidePanelFollowsTheCurrentPage()
{
    QVERIFY(row(u"welcome"_s)->property("stepCurrent").toBool());
    QVERIFY(!row(u"welcome"_s)->property("stepDone").toBool());
    QVERIFY(!row(u"connect"_s)->property("stepCurrent").toBool());

    goToFirstStepByHand();
    QVERIFY(row(u"welcome"_s)->property("stepDone").toBool());
    QVERIFY(row(u"connect"_s)->property("stepDone").toBool());
    QVERIFY(row(u"investigate"_s)->property("stepCurrent").toBool());
    QVERIFY(!row(u"investigate"_s)->property("stepDone").toBool());
    QVERIFY(!row(u"connect"_s)->property("stepCurrent").toBool());
    QVERIFY2(row(u"investigate"_s)->accessibleName().contains(u"Find the leak"_s),
             qPrintable(row(u"investigate"_s)->accessibleName()));
}

namespace {

// What each step page must show, written out: the title, the checklist (journal id and the
// sentence the user ticks) and the links, in order.
struct ExpectedStepPage
{
    QString title;
    QList<std::pair<QString, QString>> items;
    QStringList links;
};

QList<ExpectedStepPage> expectedStepPages()
{
    return {
        {u"Find out how the key leaked"_s,
         {{u"investigate-website-files"_s, u"My website does not show its private settings files"_s},
          {u"investigate-plugins"_s, u"I updated WordPress and its plugins"_s},
          {u"investigate-code-repositories"_s, u"My code online does not contain the key"_s},
          {u"investigate-api-keys"_s, u"I looked at the list of API keys"_s},
          {u"investigate-smtp-logins"_s, u"I looked at the SMTP logins of every domain"_s},
          {u"investigate-routes-webhooks"_s,
           u"I removed routes and webhooks that nobody on my team created"_s}},
         {u"https://app.mailgun.com/"_s, u"https://app.mailgun.com/settings/api_security"_s,
          u"https://help.mailgun.com/hc/en-us/articles/360012008114"_s}},
        {u"Replace the private API key"_s,
         {{u"api-key-created"_s, u"I created a new API key"_s},
          {u"api-key-saved"_s, u"I saved the new key in a safe place"_s},
          {u"api-key-in-apps"_s, u"My websites and apps use the new key"_s},
          {u"api-key-old-deleted"_s, u"I deleted every old API key"_s}},
         {u"https://app.mailgun.com/settings/api_security"_s}},
        {u"Reset the SMTP passwords"_s,
         {{u"smtp-passwords-reset"_s, u"Every SMTP login has a new password"_s},
          {u"smtp-unknown-deleted"_s, u"I deleted the SMTP logins nobody recognizes"_s},
          {u"smtp-apps-updated"_s, u"My websites and apps use the new passwords"_s}},
         {u"https://app.mailgun.com/"_s}},
        {u"Reset every user's password"_s,
         {{u"users-reviewed"_s, u"I removed users who should no longer have access"_s},
          {u"users-own-password"_s, u"I reset my own password"_s},
          {u"users-other-passwords"_s, u"Every other user reset their password"_s}},
         {u"https://app.mailgun.com/"_s}},
        {u"Turn on two-factor sign-in"_s,
         {{u"tfa-own"_s, u"Two-factor sign-in is on for my own user"_s},
          {u"tfa-other-users"_s, u"Every other user turned on two-factor sign-in"_s}},
         {u"https://help.mailgun.com/hc/en-us/articles/360011664433"_s, u"https://app.mailgun.com/"_s}},
        {u"Tell Mailgun support"_s,
         {{u"report-support-contacted"_s, u"I told Mailgun support what I found and did"_s},
          {u"report-hosting-contacted"_s, u"I told my hosting provider or web developer"_s},
          {u"report-repositories-checked"_s, u"I checked again that my code online holds no key"_s}},
         {u"https://app.mailgun.com/support"_s, u"https://status.mailgun.com/"_s,
          u"https://help.mailgun.com/hc/en-us/articles/360012008114"_s}},
    };
}

} // namespace

void TestWizard::everyStepPageShowsItsNumberAndChecklist()
{
    goToFirstStepByHand();
    const QList<ExpectedStepPage> expected = expectedStepPages();
    const QList<RecoveryStep> steps = allRecoverySteps();
    QCOMPARE(steps.size(), expected.size());
    for (qsizetype number = 1; number <= steps.size(); ++number) {
        const RecoveryStep step = steps.at(number - 1);
        const ExpectedStepPage& want = expected.at(number - 1);
        QCOMPARE(m_h->currentId(), int(pageIdForStep(step)));
        auto* page = qobject_cast<GuidedStepPage*>(m_h->wizard->currentPage());
        QVERIFY(page);
        QCOMPARE(page->step(), step);
        QCOMPARE(page->title(), want.title);
        QVERIFY2(page->subTitle().contains(u"Step %1 of 6"_s.arg(number)), qPrintable(page->subTitle()));
        const QList<QCheckBox*> boxes =
            page->findChildren<QCheckBox*>(QRegularExpression(u"^checklist_"_s), Qt::FindChildrenRecursively);
        QCOMPARE(boxes.size(), want.items.size());
        for (const auto& [id, text] : want.items) {
            auto* box = page->findChild<QCheckBox*>(u"checklist_"_s + id);
            QVERIFY2(box, qPrintable(id));
            QVERIFY(box->isVisible());
            QCOMPARE(box->accessibleName(), text);
        }
        for (qsizetype i = 0; i < want.links.size(); ++i) {
            auto* link = page->findChild<QLabel*>(u"link_%1_%2"_s.arg(recoveryStepId(step)).arg(i));
            QVERIFY2(link, qPrintable(want.links.at(i)));
            QVERIFY2(link->text().contains(u"href=\""_s + want.links.at(i) + u'"'), qPrintable(link->text()));
        }
        QVERIFY(!page->findChild<QLabel*>(u"link_%1_%2"_s.arg(recoveryStepId(step)).arg(want.links.size())));
        if (step != RecoveryStep::ReportToSupport)
            m_h->clickNext();
    }
}

void TestWizard::tickingEveryItemMarksTheStepDone()
{
    goToFirstStepByHand();
    const RecoveryStep step = RecoveryStep::Investigate;
    const QStringList items{u"investigate-website-files"_s,     u"investigate-plugins"_s,
                            u"investigate-code-repositories"_s, u"investigate-api-keys"_s,
                            u"investigate-smtp-logins"_s,       u"investigate-routes-webhooks"_s};
    const auto journalSize = m_h->session->journal()->entries().size();

    for (const QString& item : items) {
        QVERIFY(!m_h->session->isStepDone(step));
        QVERIFY(!row(u"investigate"_s)->property("stepDone").toBool());
        auto* box = m_h->find<QCheckBox>(u"checklist_"_s + item);
        QVERIFY2(box, qPrintable(item));
        m_h->toggle(box);
        QVERIFY(box->isChecked());
        QVERIFY(m_h->session->isItemConfirmed(step, item));
    }
    QVERIFY(m_h->session->isStepDone(step));
    QVERIFY(row(u"investigate"_s)->property("stepDone").toBool());
    QVERIFY(m_h->session->journal()->entries().size() > journalSize); // every confirmation is journalled
    QVERIFY(m_h->find<QLabel>(u"stepProgressLabel"_s)->isVisible());

    // Unticking one item makes the step not done again.
    m_h->toggle(m_h->find<QCheckBox>(u"checklist_"_s + items.first()));
    QVERIFY(!m_h->session->isStepDone(step));
    QVERIFY(!row(u"investigate"_s)->property("stepDone").toBool());
}

void TestWizard::stepPagesLetTheUserGoOnWithItemsLeft()
{
    goToFirstStepByHand();
    QVERIFY(m_h->nextEnabled());
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::ApiKey));
    QVERIFY(!row(u"investigate"_s)->property("stepDone").toBool());
    m_h->click(m_h->button(QWizard::BackButton));
    QCOMPARE(m_h->currentId(), int(WizardPageId::Investigate));
}

void TestWizard::confirmationsMadeElsewhereShowOnThePage()
{
    // As after a restart: the journal restored a confirmation before the page is shown.
    m_h->session->setItemConfirmed(RecoveryStep::ApiKey, u"api-key-created"_s, true);
    auto* box = m_h->find<QCheckBox>(u"checklist_api-key-created"_s);
    QVERIFY(box);
    QVERIFY(box->isChecked());
    m_h->session->setItemConfirmed(RecoveryStep::ApiKey, u"api-key-created"_s, false);
    QVERIFY(!box->isChecked());
}

void TestWizard::practiceModeIsShownInTheSidePanel()
{
    auto* note = m_h->find<QLabel>(u"practiceNote"_s);
    QVERIFY(note);
    QVERIFY(!note->isVisible());
    m_h->clickNext();
    m_h->toggle(m_h->find<QRadioButton>(u"modePracticeRadio"_s));
    QVERIFY(note->isVisible());
    m_h->toggle(m_h->find<QRadioButton>(u"modeRealRadio"_s));
    QVERIFY(!note->isVisible());
}

void TestWizard::finishOnTheLastPageClosesTheWizard()
{
    goToFirstStepByHand();
    while (m_h->currentId() != int(WizardPageId::ReportToSupport))
        m_h->clickNext();
    QVERIFY(!m_h->button(QWizard::NextButton)->isVisible());
    QAbstractButton* finish = m_h->button(QWizard::FinishButton);
    QVERIFY(finish->isVisible());
    QVERIFY(finish->isEnabled());
    m_h->click(finish);
    QVERIFY(!m_h->wizard->isVisible());
    QCOMPARE(m_h->wizard->result(), int(QDialog::Accepted));
}

void TestWizard::linksOpenTheGuidesUrlInTheBrowser()
{
    QDesktopServices::setUrlHandler(u"https"_s, this, "openUrl");
    const auto restore = qScopeGuard([] { QDesktopServices::unsetUrlHandler(u"https"_s); });
    goToFirstStepByHand();
    auto* link = m_h->find<QLabel>(u"link_investigate_0"_s);
    QVERIFY(link);
    QVERIFY(!link->accessibleName().isEmpty());
    Q_EMIT link->linkActivated(u"https://app.mailgun.com/"_s);
    QCOMPARE(m_openedUrls, QList<QUrl>{QUrl(u"https://app.mailgun.com/"_s)});
}

void TestWizard::startingInPracticeModeFillsThePracticeKey()
{
    // What `mailgun-recovery --practice` does before showing the wizard.
    QVERIFY(m_h->session->ensurePracticeWorkspace());
    m_h->session->setMode(RecoverySession::AccountMode::Practice);
    m_h->clickNext();
    QVERIFY(m_h->find<QRadioButton>(u"modePracticeRadio"_s)->isChecked());
    auto* edit = m_h->find<QLineEdit>(u"connectKeyEdit"_s);
    QCOMPARE(edit->text(), m_h->practiceServer()->practiceKey());
    QVERIFY(!edit->isEnabled());
    QVERIFY(m_h->find<QLabel>(u"practiceNote"_s)->isVisible());
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
