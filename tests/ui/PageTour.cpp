#include "PageTour.h"

#include "WizardHarness.h"
#include "WizardPageId.h"

#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

void clickAndWaitFor(WizardHarness& h, const QString& button, const QString& shown)
{
    auto* target = h.find<QPushButton>(button);
    QVERIFY2(target, qPrintable(button));
    QTRY_VERIFY(target->isVisible() && target->isEnabled());
    h.click(target);
    QTRY_VERIFY_WITH_TIMEOUT(h.find<QWidget>(shown) && h.find<QWidget>(shown)->isVisible(), 30000);
}

void tourFirstPages(WizardHarness& h, const std::function<void(const QString&)>& look)
{
    look(u"welcome"_s);
    h.clickNext();
    QCOMPARE(h.currentId(), int(WizardPageId::Connect));
    look(u"connect"_s);
    h.toggle(h.find<QRadioButton>(u"modePracticeRadio"_s));
    h.click(h.find<QPushButton>(u"connectCheckButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(h.session->apiAvailable(), 30000);
    QTRY_VERIFY(h.nextEnabled());
    look(u"connect, practice account checked"_s);

    h.clickNext();
    QCOMPARE(h.currentId(), int(WizardPageId::Investigate));
    auto* tabs = h.find<QTabWidget>(u"investigateTabs"_s);
    QVERIFY(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        look(u"step 1, tab %1"_s.arg(tab + 1));
    }
    clickAndWaitFor(h, u"startReviewButton"_s, u"removeFindingButton"_s);
    look(u"step 1, account reviewed"_s);

    h.clickNext();
    QCOMPARE(h.currentId(), int(WizardPageId::ApiKey));
    look(u"step 2"_s);
    clickAndWaitFor(h, u"apiKeyShowKeysButton"_s, u"apiKeyReplaceButton"_s);
    h.click(h.find<QToolButton>(u"extraKeysToggle"_s));
    look(u"step 2, keys shown"_s);
}

} // namespace

void tourEveryPage(WizardHarness& h, const std::function<void(const QString& page)>& look)
{
    tourFirstPages(h, look);
    if (QTest::currentTestFailed())
        return;
    const QList<std::pair<WizardPageId, QString>> pages{{WizardPageId::SmtpCredentials, u"step 3"_s},
                                                        {WizardPageId::UserPasswords, u"step 4"_s},
                                                        {WizardPageId::TwoFactor, u"step 5"_s},
                                                        {WizardPageId::ReportToSupport, u"step 6"_s}};
    for (const auto& [page, name] : pages) {
        QTRY_VERIFY(h.nextEnabled());
        h.clickNext();
        QCOMPARE(h.currentId(), int(page));
        if (page == WizardPageId::UserPasswords)
            QTRY_VERIFY_WITH_TIMEOUT(h.find<QWidget>(u"userPasswordsTable"_s)->isVisible(), 30000);
        if (page == WizardPageId::TwoFactor)
            QTRY_VERIFY_WITH_TIMEOUT(h.find<QWidget>(u"twoFactorTable"_s)->isVisible(), 30000);
        look(name);
        if (page == WizardPageId::SmtpCredentials) {
            clickAndWaitFor(h, u"smtpShowButton"_s, u"smtpStartButton"_s);
            look(name + u", logins shown"_s);
        }
    }
}
