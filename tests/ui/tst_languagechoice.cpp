// The language: taken from the system, chosen on the first page, remembered for the next
// start. Choosing on the first page builds the wizard again in that language, with Qt's own
// buttons translated too; after the first page the choice waits for the next start.
// Expected texts are literals: the German ones come from translations/mailgun-recovery_de.ts
// and from Qt's qtbase_de.qm as Qt ships it.
#include "RecoveryWizard.h"
#include "SessionPractice.h"
#include "WelcomePage.h"
#include "WizardPageId.h"
#include "WizardWindow.h"
#include "identity/LanguageSetting.h"
#include "identity/Languages.h"
#include "identity/Translations.h"
#include "practice/PracticeServer.h"
#include "recovery/Journal.h"
#include "recovery/RecoverySession.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestLanguageChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void systemLanguageIsMatched_data();
    void systemLanguageIsMatched();
    void listNamesEachLanguageInItsOwnName();
    void choosingOnTheFirstPageBuildsTheWizardInThatLanguage();
    void afterTheFirstPageTheChoiceWaitsForTheNextStart();

private:
    QComboBox* languageList() const { return m_window->wizard()->welcomePage()->languageChoice(); }
    void choose(int row);

    PracticeServer m_server;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<RecoverySession> m_session;
    std::unique_ptr<WizardWindow> m_window;
};

void TestLanguageChoice::initTestCase()
{
    // Settings go to a folder of the test's own (~/.qttest), never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(0, 0, &error), qPrintable(error));
}

void TestLanguageChoice::init()
{
    LanguageSetting::save(QString());
    QVERIFY(Translations::use(u"en"_s));
    m_journal = std::make_unique<Journal>(QString());
    m_session = std::make_unique<RecoverySession>(m_journal.get(), apiEndpointsOf(m_server));
    offerPractice(*m_session);
    m_window = std::make_unique<WizardWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window->wizard()));
}

void TestLanguageChoice::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_journal.reset();
    LanguageSetting::save(QString());
    Translations::use(u"en"_s);
}

void TestLanguageChoice::systemLanguageIsMatched_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German, Austria") << u"de_AT"_s << u"de"_s;
    QTest::newRow("Portuguese, Brazil") << u"pt_BR"_s << u"pt_BR"_s;
    QTest::newRow("Portuguese, Portugal") << u"pt_PT"_s << u"pt_BR"_s;
    QTest::newRow("French, Canada") << u"fr_CA"_s << u"fr"_s;
    QTest::newRow("Spanish, Mexico") << u"es_MX"_s << u"es"_s;
    QTest::newRow("Italian, Switzerland") << u"it_CH"_s << u"it"_s;
    QTest::newRow("English, Britain") << u"en_GB"_s << u"en"_s;
    QTest::newRow("Japanese: not shipped") << u"ja_JP"_s << u"en"_s;
    QTest::newRow("C locale") << u"C"_s << u"en"_s;
}

void TestLanguageChoice::systemLanguageIsMatched()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(Languages::bestFor(QLocale(locale)), expected);
}

void TestLanguageChoice::listNamesEachLanguageInItsOwnName()
{
    QComboBox* list = languageList();
    QStringList names;
    for (int row = 0; row < list->count(); ++row)
        names.append(list->itemText(row));
    QCOMPARE(names, (QStringList{u"English"_s, u"Deutsch"_s, u"Français"_s, u"Español"_s,
                                 u"Português (Brasil)"_s, u"Italiano"_s}));
    QCOMPARE(list->currentText(), u"English"_s);
    QCOMPARE(list->accessibleName(), u"Language"_s);
    QVERIFY(list->isVisible());
}

void TestLanguageChoice::choose(int row)
{
    QComboBox* list = languageList();
    list->setFocus();
    // As the admin does: the arrow keys walk the closed list, each step is a choice.
    while (list->currentIndex() < row)
        QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex(), row);
}

void TestLanguageChoice::choosingOnTheFirstPageBuildsTheWizardInThatLanguage()
{
    QPointer<RecoveryWizard> old = m_window->wizard();
    QSignalSpy replaced(m_window.get(), &WizardWindow::wizardReplaced);
    choose(1); // Deutsch

    QCOMPARE(replaced.count(), 1);
    RecoveryWizard* wizard = m_window->wizard();
    QVERIFY(wizard != old);
    QTRY_VERIFY(old.isNull());
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->session(), m_session.get());
    QCOMPARE(wizard->currentId(), int(WizardPageId::Welcome));
    QCOMPARE(wizard->size(), QSize(900, 640));
    // The program's own texts, and Qt's for the wizard's standard button.
    QCOMPARE(wizard->currentPage()->title(), u"Willkommen"_s);
    QCOMPARE(wizard->button(QWizard::CancelButton)->text(), u"Unterbrechen"_s);
    QCOMPARE(wizard->button(QWizard::NextButton)->text(), u"&Weiter >"_s);
    // The list shows the new language and keeps the keyboard focus.
    QCOMPARE(languageList()->currentText(), u"Deutsch"_s);
    QTRY_VERIFY(languageList()->hasFocus());

    // Remembered for the next start, on disk.
    QCOMPARE(LanguageSetting::saved(), u"de"_s);
    QCOMPARE(LanguageSetting::forWizardStart(), u"de"_s);
    const QString file = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                         u"/Mailgun Recovery Assistant/settings.conf"_s;
    QFile saved(file);
    QVERIFY2(saved.open(QIODevice::ReadOnly), qPrintable(file));
    QVERIFY(saved.readAll().contains("language=de"));
}

void TestLanguageChoice::afterTheFirstPageTheChoiceWaitsForTheNextStart()
{
    RecoveryWizard* wizard = m_window->wizard();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(WizardPageId::Connect));
    wizard->back();
    QCOMPARE(wizard->currentId(), int(WizardPageId::Welcome));

    QSignalSpy replaced(m_window.get(), &WizardWindow::wizardReplaced);
    choose(2); // Français
    QCOMPARE(replaced.count(), 0);
    QCOMPARE(m_window->wizard(), wizard);
    QCOMPARE(wizard->currentPage()->title(), u"Welcome"_s);
    auto* note = wizard->findChild<QLabel*>(u"welcomeLanguageNote"_s);
    QVERIFY(note && note->isVisible());
    QCOMPARE(note->text(), u"The assistant uses Français the next time it starts."_s);
    QCOMPARE(LanguageSetting::saved(), u"fr"_s);

    // Back to the language in use: nothing waits any more.
    QTest::keyClick(languageList(), Qt::Key_Home);
    QCOMPARE(languageList()->currentText(), u"English"_s);
    QVERIFY(!note->isVisible());
    QCOMPARE(LanguageSetting::saved(), u"en"_s);
    QCOMPARE(replaced.count(), 0);
}

QTEST_MAIN(TestLanguageChoice)
#include "tst_languagechoice.moc"
