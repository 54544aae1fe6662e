// Step 2's automatic mode in the real wizard: the plan of keys, the confirmation, the
// replacement against the practice account, and the path where the keychain is missing and
// the admin must save the new key by hand before anything is deleted.
// Touches the real keychain (replacesTheLeakedKey, replacesTheWebhookSigningAndPublicKeys):
// run it only through scripts/with-test-keyring.sh; ctest LABELS keychain.
#include "AccountSummaryView.h"
#include "ApiKeyPage.h"
#include "CellFit.h"
#include "ExtraKeysPanel.h"
#include "KeyRotationPanel.h"
#include "MissingKeychain.h"
#include "SecretRevealField.h"
#include "WizardHarness.h"
#include "models/KeyTableModel.h"
#include "practice/PracticeAccount.h"
#include "recovery/SecretEntries.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {} // namespace

class TestApiKeyPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void withoutApiThePageStaysGuided();
    void replacesTheLeakedKey();
    void withoutKeychainNothingIsDeletedBeforeTheAdminSavedTheKey();
    void replacesTheWebhookSigningAndPublicKeys();
    void everyKeyFitsItsCellsAtTheDefaultSize();

private:
    void connectPracticeAndOpenPage();
    void showKeys();
    bool rowChecked(const QString& id) const;
    int rowOf(const QString& id) const;
    const PracticeAccount& account() const { return m_h->practiceServer()->account(); }
    QString leakedId() const { return m_h->session->summary().keyInUseId; }
    void render(const QString& name);

    QDir m_dir;
    std::unique_ptr<WizardHarness> m_h;
    QTableView* m_table = nullptr;
};

void TestApiKeyPage::initTestCase()
{
    const QString buildDir = qEnvironmentVariable("MRA_BUILD_DIR", QDir::currentPath());
    m_dir = QDir(buildDir + u"/screenshots"_s);
    QVERIFY(m_dir.mkpath(u"."_s));
}

void TestApiKeyPage::init()
{
    m_h = std::make_unique<WizardHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
}

void TestApiKeyPage::cleanup()
{
    m_h.reset();
}

void TestApiKeyPage::render(const QString& name)
{
    settleLayouts();
    QCOMPARE(m_h->wizard->size(), QSize(900, 640));
    QVERIFY(m_h->wizard->grab().toImage().save(m_dir.filePath(name + u".png"_s)));
}

void TestApiKeyPage::connectPracticeAndOpenPage()
{
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Connect));
    m_h->toggle(m_h->find<QRadioButton>(u"modePracticeRadio"_s));
    m_h->click(m_h->find<QPushButton>(u"connectCheckButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->find<AccountSummaryView>(u"connectSummaryBox"_s)->isVisible(), 30000);
    QVERIFY(m_h->session->apiAvailable());
    QVERIFY(!leakedId().isEmpty());
    QTRY_VERIFY(m_h->nextEnabled());
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Investigate));
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::ApiKey));
}

void TestApiKeyPage::showKeys()
{
    auto* show = m_h->find<QPushButton>(u"apiKeyShowKeysButton"_s);
    QVERIFY(show && show->isVisible());
    m_h->click(show);
    m_table = m_h->find<QTableView>(u"apiKeyPlanTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_table->isVisible() && m_table->model()->rowCount() > 0, 30000);
}

int TestApiKeyPage::rowOf(const QString& id) const
{
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        if (m_table->model()->index(row, 0).data(Qt::UserRole).toString() == id)
            return row;
    }
    return -1;
}

bool TestApiKeyPage::rowChecked(const QString& id) const
{
    const int row = rowOf(id);
    return row >= 0 && m_table->model()->index(row, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

void TestApiKeyPage::withoutApiThePageStaysGuided()
{
    m_h->clickNext();
    m_h->toggle(m_h->find<QCheckBox>(u"connectWithoutApiCheck"_s));
    m_h->clickNext();
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::ApiKey));
    QVERIFY(!m_h->find<QPushButton>(u"apiKeyShowKeysButton"_s));
    QVERIFY(!m_h->wizard->currentPage()->findChild<QWidget*>(u"automaticArea"_s)->isVisible());
}

void TestApiKeyPage::replacesTheLeakedKey()
{
    // The real keychain, under the real program's service name: inside with-test-keyring.sh
    // that is a throw-away keyring.
    auto* keychain = new KeychainSecretStore(QStringLiteral("Mailgun Recovery Assistant"),
                                             std::chrono::seconds(10), m_h->session.get());
    m_h->session->setSecretStore(keychain);
    connectPracticeAndOpenPage();
    render(u"apikey-01-entered"_s);
    showKeys();
    render(u"apikey-02-plan"_s);

    const QString leaked = leakedId();
    const QString sending = PracticeAccount::keyIdFromSecret(account().seededSecret(u"sending"_s));
    QVERIFY(rowChecked(leaked));
    QVERIFY(rowOf(sending) >= 0);
    QVERIFY(!rowChecked(sending));
    QVERIFY(account().findKeyById(leaked));

    // Keyboard: Tab leaves the table for what follows it instead of going from cell to cell.
    m_table->setFocus();
    QCOMPARE(QApplication::focusWidget(), m_table);
    QTest::keyClick(m_table, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() && QApplication::focusWidget() != m_table);

    MessageBox::answerNext(true);
    m_h->click(m_h->find<QPushButton>(u"apiKeyReplaceButton"_s));
    // The question says what will be deleted, and its buttons name the action and the way out.
    // Ticked in the practice account: the leaked key and the five others that can change the
    // account (the developer's, the expired contractor's, the older "key-" key and the
    // intruder's two).
    QCOMPARE(MessageBox::shownCount(), 1);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    const MessageBox::Shown asked = MessageBox::lastShown();
    QCOMPARE(asked.text, u"Replace the API key now?"_s);
    QVERIFY2(asked.informativeText.contains(u"Old keys it deletes: 6."_s), qPrintable(asked.informativeText));
    QVERIFY2(asked.informativeText.contains(u"stop sending email until you give them the new key"_s),
             qPrintable(asked.informativeText));
    QCOMPARE(asked.acceptButton, u"Replace the key"_s);
    QCOMPARE(asked.rejectButton, u"Not now"_s);
    QCOMPARE(asked.defaultButton, u"Not now"_s);
    QCOMPARE(asked.escapeButton, u"Not now"_s);
    QVERIFY(!m_h->nextEnabled()); // the replacement is running
    auto* result = m_h->find<QLabel>(u"apiKeyResultLabel"_s);
    auto* panel = m_h->find<KeyRotationPanel>(u"apiKeyRotationPanel"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(panel->controller()->phase() == KeyRotationController::Phase::Finished ||
                                  panel->controller()->phase() == KeyRotationController::Phase::Failed,
                              qPrintable(result->text()), 30000);
    QCOMPARE(panel->controller()->phase(), KeyRotationController::Phase::Finished);
    QVERIFY(result->isVisible());
    QTRY_VERIFY(m_h->nextEnabled());
    render(u"apikey-03-finished"_s);

    QVERIFY(!account().findKeyById(leaked));
    QVERIFY(account().findKeyById(sending));
    auto* field = m_h->find<QLineEdit>(u"apiKeyNewKeyField"_s);
    QVERIFY(field->isVisible());
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QVERIFY(field->toolTip().isEmpty() && field->accessibleDescription().isEmpty());
    const QString newId = panel->controller()->newKeyId();
    QVERIFY(m_h->find<QLabel>(u"apiKeyDetailsLabel"_s)->text().contains(SecretEntries::apiKey(newId)));
    // The key the admin entered was tried once more after the deletes: Mailgun refuses it (KeyRetest).
    QVERIFY(m_h->find<QLabel>(u"apiKeyDetailsLabel"_s)
                ->text()
                .contains(u"The old key %1 is dead: Mailgun refused it at "_s.arg(leaked)));

    QVERIFY(m_h->session->isItemConfirmed(RecoveryStep::ApiKey, u"api-key-created"_s));
    QVERIFY(m_h->session->isItemConfirmed(RecoveryStep::ApiKey, u"api-key-saved"_s));
    QVERIFY(m_h->session->isItemConfirmed(RecoveryStep::ApiKey, u"api-key-old-deleted"_s));
    QVERIFY(!m_h->session->isItemConfirmed(RecoveryStep::ApiKey, u"api-key-in-apps"_s));

    bool removed = false;
    keychain->remove(SecretEntries::apiKey(newId), this,
                     [&removed](const SecretStore::Result&) { removed = true; });
    QTRY_VERIFY(removed);
}

void TestApiKeyPage::withoutKeychainNothingIsDeletedBeforeTheAdminSavedTheKey()
{
    // The practice account's store reports no keychain.
    QVERIFY(m_h->session->ensurePracticeWorkspace());
    m_h->session->practiceWorkspace()->setSecretStore(new MissingKeychain(m_h->session.get()));
    connectPracticeAndOpenPage();
    showKeys();
    const QString leaked = leakedId();
    QVERIFY(rowChecked(leaked));
    const int keysBefore = static_cast<int>(account().keys().size());

    MessageBox::answerNext(true);
    m_h->click(m_h->find<QPushButton>(u"apiKeyReplaceButton"_s));
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    auto* saved = m_h->find<QCheckBox>(u"apiKeySavedCheck"_s);
    auto* result = m_h->find<QLabel>(u"apiKeyResultLabel"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(saved->isVisible(), qPrintable(result->text()), 30000);
    render(u"apikey-04-manual-save"_s);
    auto* field = m_h->find<QLineEdit>(u"apiKeyNewKeyField"_s);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QVERIFY(!field->text().isEmpty());
    m_h->click(m_h->find<QPushButton>(u"apiKeyNewKeyFieldShow"_s));
    QCOMPARE(field->echoMode(), QLineEdit::Normal);
    m_h->click(m_h->find<QPushButton>(u"apiKeyNewKeyFieldShow"_s));
    QCOMPARE(field->echoMode(), QLineEdit::Password);

    // Nothing deleted yet: the request that makes the new key was answered, none deleted a key;
    // one key more than before, the leaked one still there.
    const QList<PracticeRequestRecord>& requests = m_h->practiceServer()->requests();
    QTRY_VERIFY(std::any_of(requests.cbegin(), requests.cend(), [](const PracticeRequestRecord& request) {
        return request.method == "POST" && request.path == u"/v1/keys"_s && request.status == 200;
    }));
    for (const PracticeRequestRecord& request : requests)
        QVERIFY2(request.method != "DELETE", qPrintable(request.path));
    QVERIFY(account().findKeyById(leaked));
    QCOMPARE(static_cast<int>(account().keys().size()), keysBefore + 1);
    auto* continueButton = m_h->find<QPushButton>(u"apiKeyContinueButton"_s);
    QVERIFY(!continueButton->isEnabled());
    QVERIFY(!m_h->nextEnabled());

    m_h->toggle(saved);
    QVERIFY(continueButton->isEnabled());
    m_h->click(continueButton);
    auto* panel = m_h->find<KeyRotationPanel>(u"apiKeyRotationPanel"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(panel->controller()->phase() == KeyRotationController::Phase::Finished,
                              qPrintable(result->text()), 30000);
    QVERIFY(!account().findKeyById(leaked));
    QVERIFY(m_h->find<QLabel>(u"apiKeyDetailsLabel"_s)->text().contains(u"you saved it yourself"_s));
    QVERIFY(m_h->session->isItemConfirmed(RecoveryStep::ApiKey, u"api-key-saved"_s));
    QTRY_VERIFY(m_h->nextEnabled());
    render(u"apikey-05-finished-by-hand"_s);
}

void TestApiKeyPage::replacesTheWebhookSigningAndPublicKeys()
{
    // The new keys go to the practice account's entries of the real keychain.
    connectPracticeAndOpenPage();
    const QString oldSigning = account().httpSigningKey();
    const QString oldPublic = account().publicKey();

    QVERIFY(!m_h->find<QPushButton>(u"extraKeySigningButton"_s)->isVisible());
    m_h->click(m_h->find<QToolButton>(u"extraKeysToggle"_s));
    QVERIFY(m_h->find<QPushButton>(u"extraKeySigningButton"_s)->isVisible());
    MessageBox::answerNext(false);
    m_h->click(m_h->find<QPushButton>(u"extraKeySigningButton"_s));
    QCOMPARE(MessageBox::shownCount(), 1);
    QCOMPARE(MessageBox::lastShown().title, u"Webhook signing key"_s);
    QCOMPARE(MessageBox::lastShown().text, u"Replace this key now?"_s);
    QVERIFY(MessageBox::lastShown().informativeText.contains(u"refuses Mailgun's messages"_s));
    QCOMPARE(MessageBox::lastShown().acceptButton, u"Replace the key"_s);
    QCOMPARE(MessageBox::lastShown().rejectButton, u"Not now"_s);
    QCOMPARE(account().httpSigningKey(), oldSigning);

    for (const QString& name : {u"extraKeySigning"_s, u"extraKeyPublic"_s}) {
        MessageBox::answerNext(true);
        m_h->click(m_h->find<QPushButton>(name + u"Button"_s));
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        auto* result = m_h->find<QLabel>(name + u"Result"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Replaced"_s), 20000);
        QVERIFY2(result->text().contains(u"keychain"_s), qPrintable(result->text()));
    }
    QVERIFY(account().httpSigningKey() != oldSigning);
    QVERIFY(account().publicKey() != oldPublic);
    // The signing key was replaced once: by the accepted question, not by the declined one.
    const QList<PracticeRequestRecord>& requests = m_h->practiceServer()->requests();
    QCOMPARE(std::count_if(requests.cbegin(), requests.cend(),
                           [](const PracticeRequestRecord& request) {
                               return request.method == "POST" &&
                                      request.path == u"/v5/accounts/http_signing_key"_s;
                           }),
             1);
    auto* signingField = m_h->find<QLineEdit>(u"extraKeySigningField"_s);
    QCOMPARE(signingField->text(), account().httpSigningKey());
    QCOMPARE(signingField->echoMode(), QLineEdit::Password);
    QCOMPARE(m_h->find<QLineEdit>(u"extraKeyPublicField"_s)->text(), account().publicKey());
    render(u"apikey-extra-keys"_s);
    for (const Journal::Entry& entry : m_h->session->journal()->entries()) {
        const QByteArray data = QJsonDocument(entry.data).toJson();
        QVERIFY(!data.contains(account().httpSigningKey().toUtf8()));
        QVERIFY(!data.contains(account().publicKey().toUtf8()));
    }
}

// Nothing the user judges before deleting a key is cut at the default size: "Website c…" and
// "in use, flagg…" were. Every cell of words wraps and its row is tall enough for its lines; on a
// wider screen the rows shrink back to the lines they need.
void TestApiKeyPage::everyKeyFitsItsCellsAtTheDefaultSize()
{
    connectPracticeAndOpenPage();
    showKeys();
    QCOMPARE(m_h->wizard->size(), QSize(900, 640));
    settleLayouts();
    QVERIFY(m_table->model()->rowCount() >= 10); // the practice account's keys, hostile names too
    const std::initializer_list<int> columns = {KeyTableModel::DescriptionColumn, KeyTableModel::KindColumn,
                                                KeyTableModel::CreatedColumn, KeyTableModel::RequestorColumn,
                                                KeyTableModel::NoteColumn};
    QString cut = firstCutCell(m_table, columns);
    QVERIFY2(cut.isEmpty(), qPrintable(cut));
    // Rows of two to five lines need more room than the table may take: it takes all of it.
    QCOMPARE(m_table->height(), 320);

    m_h->wizard->resize(1366, 768);
    settleLayouts();
    cut = firstCutCell(m_table, columns);
    QVERIFY2(cut.isEmpty(), qPrintable(cut));
    // The rows are fitted to the new widths once the header is done: wait for that, not a while.
    QTRY_VERIFY2(firstNeedlesslyTallRow(m_table, columns).isEmpty(),
                 qPrintable(firstNeedlesslyTallRow(m_table, columns)));
}

QTEST_MAIN(TestApiKeyPage)
#include "tst_apikeypage.moc"
