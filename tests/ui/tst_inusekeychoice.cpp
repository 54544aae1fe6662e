// Step 2 in the real wizard with an older "key-" key (docs/mailgun-behaviour.md, point 3): the
// page says it cannot tell which listed key is the one in use, marks none, and lets the admin
// pick it from the list; the choice is journaled by the same controller the command line uses.
#include "AccountSummaryView.h"
#include "ApiKeyPage.h"
#include "WizardHarness.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeAccount.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestInUseKeyChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_h.reset(); }

    void legacyKeyIsPickedFromTheList();

private:
    void render(const QString& name);

    std::unique_ptr<WizardHarness> m_h;
};

void TestInUseKeyChoice::init()
{
    m_h = std::make_unique<WizardHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
}

void TestInUseKeyChoice::legacyKeyIsPickedFromTheList()
{
    m_h->clickNext();
    m_h->toggle(m_h->find<QRadioButton>(u"modePracticeRadio"_s));
    m_h->click(m_h->find<QPushButton>(u"connectCheckButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->find<AccountSummaryView>(u"connectSummaryBox"_s)->isVisible(), 30000);
    QTRY_VERIFY(m_h->nextEnabled());
    m_h->clickNext();
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::ApiKey));

    // The admin works with the account's older "key-" key: no tail names its entry.
    PracticeAccount& account = m_h->practiceServer()->account();
    const QString legacy = account.seededSecret(u"legacy"_s);
    const PracticeKey* legacyKey = account.findKeyBySecret(legacy);
    QVERIFY(legacyKey);
    m_h->session->client()->setApiKey(Secret(legacy));
    ConnectController::Result result = m_h->session->connectResult();
    result.summary.keyInUseId.clear();
    result.summary.keyInUseRole.clear();
    m_h->session->setConnection(result);

    auto* show = m_h->find<QPushButton>(u"apiKeyShowKeysButton"_s);
    QTRY_VERIFY(show->isVisible() && show->isEnabled());
    m_h->click(show);
    auto* table = m_h->find<QTableView>(u"apiKeyPlanTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && table->model()->rowCount() > 0, 30000);

    auto* note = m_h->find<QLabel>(u"apiKeyNotInListNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY(
        note->text().startsWith(u"The program cannot tell which of these keys is the one you gave it."_s));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(!table->model()->index(row, 5).data().toString().contains(u"in use"_s));

    auto* choice = m_h->find<QComboBox>(u"apiKeyInUseChoice"_s);
    auto* choose = m_h->find<QPushButton>(u"apiKeyInUseChooseButton"_s);
    QVERIFY(choice->isVisible());
    render(u"apikey-05-inuse-question"_s);
    QCOMPARE(choice->count(), table->model()->rowCount() + 1);
    QVERIFY(!choose->isEnabled()); // nothing picked yet
    const int index = choice->findData(legacyKey->id);
    QVERIFY(index > 0);
    QVERIFY(choice->itemText(index).startsWith(u"Private API key (Account, full access, created "_s));
    choice->setCurrentIndex(index);
    QVERIFY(choose->isEnabled());
    m_h->click(choose);

    QTRY_VERIFY(!choice->isVisible());
    QCOMPARE(note->text(),
             u"You said the key you gave this program is \"Private API key\". It is deleted last, "
             "after the new key works."_s);
    QVERIFY(!m_h->session->journal()->entries().isEmpty());
    const Journal::Entry& entry = m_h->session->journal()->entries().constLast();
    QCOMPARE(entry.type, u"key-in-use-chosen"_s);
    QCOMPARE(entry.data.value(u"id"_s).toString(), legacyKey->id);
    QCOMPARE(entry.data.value(u"key"_s).toString(), Secret(legacy).masked());
    int marked = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 5).data().toString().contains(u"in use (your choice)"_s)) {
            ++marked;
            QCOMPARE(table->model()->index(row, 0).data(Qt::UserRole).toString(), legacyKey->id);
        }
    }
    QCOMPARE(marked, 1);
    render(u"apikey-06-inuse-chosen"_s);
}

void TestInUseKeyChoice::render(const QString& name)
{
    settleLayouts();
    const QDir dir(qEnvironmentVariable("MRA_BUILD_DIR", QDir::currentPath()) + u"/screenshots"_s);
    QVERIFY(dir.mkpath(u"."_s));
    QVERIFY(m_h->wizard->grab().toImage().save(dir.filePath(name + u".png"_s)));
}

QTEST_MAIN(TestInUseKeyChoice)
#include "tst_inusekeychoice.moc"
