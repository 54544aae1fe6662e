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
    QVERIFY(row(u"investigate"_s)->accessibleName().contains(recoveryStepTitle(RecoveryStep::Investigate)));
}

void TestWizard::everyStepPageShowsItsNumberAndChecklist()
{
    goToFirstStepByHand();
    for (RecoveryStep step : allRecoverySteps()) {
        QCOMPARE(m_h->currentId(), int(pageIdForStep(step)));
        auto* page = qobject_cast<GuidedStepPage*>(m_h->wizard->currentPage());
        QVERIFY(page);
        QCOMPARE(page->step(), step);
        const StepGuide guide = stepGuide(step);
        QCOMPARE(page->title(), guide.title);
        QVERIFY2(page->subTitle().contains(u"Step %1 of 6"_s.arg(int(step) + 1)),
                 qPrintable(page->subTitle()));
        QVERIFY(!guide.items.isEmpty());
        for (const ChecklistItem& item : guide.items) {
            auto* box = page->findChild<QCheckBox*>(u"checklist_"_s + item.id);
            QVERIFY2(box, qPrintable(item.id));
            QVERIFY(box->isVisible());
            QCOMPARE(box->accessibleName(), item.text);
        }
        for (int i = 0; i < guide.links.size(); ++i) {
            auto* link = page->findChild<QLabel*>(u"link_%1_%2"_s.arg(recoveryStepId(step)).arg(i));
            QVERIFY(link);
            QVERIFY(link->text().contains(guide.links.at(i).url.toString(QUrl::FullyEncoded)));
        }
        if (step != RecoveryStep::ReportToSupport)
            m_h->clickNext();
    }
}

void TestWizard::tickingEveryItemMarksTheStepDone()
{
    goToFirstStepByHand();
    const RecoveryStep step = RecoveryStep::Investigate;
    const QList<ChecklistItem> items = stepGuide(step).items;
    QVERIFY(items.size() >= 2);
    const auto journalSize = m_h->session->journal()->entries().size();

    for (const ChecklistItem& item : items) {
        QVERIFY(!m_h->session->isStepDone(step));
        QVERIFY(!row(u"investigate"_s)->property("stepDone").toBool());
        auto* box = m_h->find<QCheckBox>(u"checklist_"_s + item.id);
        m_h->toggle(box);
        QVERIFY(box->isChecked());
        QVERIFY(m_h->session->isItemConfirmed(step, item.id));
    }
    QVERIFY(m_h->session->isStepDone(step));
    QVERIFY(row(u"investigate"_s)->property("stepDone").toBool());
    QVERIFY(m_h->session->journal()->entries().size() > journalSize); // every confirmation is journalled
    QVERIFY(m_h->find<QLabel>(u"stepProgressLabel"_s)->isVisible());

    // Unticking one item makes the step not done again.
    m_h->toggle(m_h->find<QCheckBox>(u"checklist_"_s + items.first().id));
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
    const StepGuide guide = stepGuide(RecoveryStep::Investigate);
    QVERIFY(!guide.links.isEmpty());
    auto* link = m_h->find<QLabel>(u"link_investigate_0"_s);
    QVERIFY(link);
    QVERIFY(!link->accessibleName().isEmpty());
    Q_EMIT link->linkActivated(guide.links.first().url.toString());
    QCOMPARE(m_openedUrls, QList<QUrl>{guide.links.first().url});
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
