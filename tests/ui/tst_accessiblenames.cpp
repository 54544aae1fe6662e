// Every control a keyboard or screen-reader user can reach has a name that assistive
// technology reads (QAccessibleInterface::text(Name)), on every page of the practice account,
// with the tables of steps 2 and 3 shown and each tab of step 1 open. Prints the unnamed ones.
#include "WizardHarness.h"
#include "WizardPageId.h"

#include <QAccessible>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The controls Tab can reach on the current page (and the wizard's buttons) whose accessible
// name is empty.
QStringList unnamedControls(QWidget* wizard)
{
    QStringList unnamed;
    const QList<QWidget*> widgets = wizard->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        // A widget with a focus proxy hands the focus on (a date edit's inner line, a tab
        // widget's tab bar): the proxy is what assistive technology reads, and is counted.
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed.append(
                u"%1 (%2)"_s.arg(w->objectName(), QString::fromLatin1(w->metaObject()->className())));
    }
    return unnamed;
}

} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyReachableControlIsNamedOnEveryPage();

private:
    int check(const QString& page);
    void clickAndWaitFor(const QString& button, const QString& shown);

    std::unique_ptr<WizardHarness> m_h;
    QStringList m_problems;
};

void TestAccessibleNames::init()
{
    m_h = std::make_unique<WizardHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
}

void TestAccessibleNames::cleanup()
{
    m_h.reset();
}

int TestAccessibleNames::check(const QString& page)
{
    settleLayouts();
    const QStringList unnamed = unnamedControls(m_h->wizard.get());
    qInfo("%s: %d unnamed: %s", qPrintable(page), int(unnamed.size()), qPrintable(unnamed.join(u", "_s)));
    for (const QString& control : unnamed)
        m_problems.append(page + u": "_s + control);
    return static_cast<int>(unnamed.size());
}

void TestAccessibleNames::clickAndWaitFor(const QString& button, const QString& shown)
{
    auto* target = m_h->find<QPushButton>(button);
    QVERIFY2(target, qPrintable(button));
    QTRY_VERIFY(target->isVisible() && target->isEnabled());
    m_h->click(target);
    QTRY_VERIFY_WITH_TIMEOUT(m_h->find<QWidget>(shown) && m_h->find<QWidget>(shown)->isVisible(), 30000);
}

void TestAccessibleNames::everyReachableControlIsNamedOnEveryPage()
{
    check(u"welcome"_s);
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Connect));
    check(u"connect"_s);
    m_h->toggle(m_h->find<QRadioButton>(u"modePracticeRadio"_s));
    m_h->click(m_h->find<QPushButton>(u"connectCheckButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->session->apiAvailable(), 30000);
    QTRY_VERIFY(m_h->nextEnabled());
    check(u"connect (connected)"_s);

    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Investigate));
    auto* tabs = m_h->find<QTabWidget>(u"investigateTabs"_s);
    QVERIFY(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        check(u"step 1, tab %1"_s.arg(tab + 1));
    }
    clickAndWaitFor(u"startReviewButton"_s, u"removeFindingButton"_s);
    check(u"step 1, account reviewed"_s);

    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::ApiKey));
    check(u"step 2"_s);
    clickAndWaitFor(u"apiKeyShowKeysButton"_s, u"apiKeyReplaceButton"_s);
    check(u"step 2, keys shown"_s);

    for (const WizardPageId page : {WizardPageId::SmtpCredentials, WizardPageId::UserPasswords,
                                    WizardPageId::TwoFactor, WizardPageId::ReportToSupport}) {
        QTRY_VERIFY(m_h->nextEnabled());
        m_h->clickNext();
        QCOMPARE(m_h->currentId(), int(page));
        if (page == WizardPageId::UserPasswords)
            QTRY_VERIFY_WITH_TIMEOUT(m_h->find<QWidget>(u"userPasswordsTable"_s)->isVisible(), 30000);
        if (page == WizardPageId::TwoFactor)
            QTRY_VERIFY_WITH_TIMEOUT(m_h->find<QWidget>(u"twoFactorTable"_s)->isVisible(), 30000);
        check(u"page %1"_s.arg(int(page)));
        if (page == WizardPageId::SmtpCredentials) {
            clickAndWaitFor(u"smtpShowButton"_s, u"smtpStartButton"_s);
            check(u"step 3, logins shown"_s);
        }
    }
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
}

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
