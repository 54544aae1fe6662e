// The two questions asked before something is deleted, read as the admin would read them:
// step 2's key replacement and step 3's SMTP reset name what they delete (the practice
// account's key ids, the login the admin ticked), their buttons name the action and the way
// out, "Not now" sends nothing to the practice server, and the accepted question deletes
// exactly what it named. Touches the keychain (the practice account's entries in the
// throw-away test keyring): LABELS keychain.
#include "AccountSummaryView.h"
#include "KeyRotationPanel.h"
#include "MessageBox.h"
#include "SmtpResetPanel.h"
#include "WizardHarness.h"
#include "practice/PracticeAccount.h"

#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString cellText(const QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

// Requests the practice server received that change the account.
int changesReceived(const PracticeServer& server)
{
    const QList<PracticeRequestRecord>& requests = server.requests();
    return static_cast<int>(
        std::count_if(requests.cbegin(), requests.cend(), [](const PracticeRequestRecord& r) {
            return r.method == "POST" || r.method == "PUT" || r.method == "DELETE";
        }));
}

// The last path segment of every DELETE the server answered with 200, percent-decoded.
QSet<QString> deletedOnServer(const PracticeServer& server)
{
    QSet<QString> deleted;
    for (const PracticeRequestRecord& request : server.requests()) {
        if (request.method == "DELETE" && request.status == 200)
            deleted.insert(QUrl::fromPercentEncoding(request.path.section(u'/', -1).toUtf8()));
    }
    return deleted;
}

} // namespace

class TestConfirmDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void keyReplacementNamesTheKeysItDeletes();
    void smtpResetNamesTheLoginItDeletes();

private:
    void connectPracticeAndOpen(WizardPageId page);
    PracticeAccount& account() const { return m_h->practiceServer()->account(); }
    // The id the practice server lists for the key it seeded under `label`.
    QString seededKeyId(const QString& label) const
    {
        const QString secret = account().seededSecret(label);
        for (const PracticeKey& key : account().keys()) {
            if (!secret.isEmpty() && key.secret == secret)
                return key.id;
        }
        return {};
    }

    std::unique_ptr<WizardHarness> m_h;
};

void TestConfirmDialogs::init()
{
    m_h = std::make_unique<WizardHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
    MessageBox::forgetForTests();
}

void TestConfirmDialogs::cleanup()
{
    m_h.reset();
    MessageBox::forgetForTests();
}

void TestConfirmDialogs::connectPracticeAndOpen(WizardPageId page)
{
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Connect));
    m_h->toggle(m_h->find<QRadioButton>(u"modePracticeRadio"_s));
    m_h->click(m_h->find<QPushButton>(u"connectCheckButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->find<AccountSummaryView>(u"connectSummaryBox"_s)->isVisible(), 30000);
    QTRY_VERIFY(m_h->nextEnabled());
    while (m_h->currentId() != int(page))
        m_h->clickNext();
}

void TestConfirmDialogs::keyReplacementNamesTheKeysItDeletes()
{
    connectPracticeAndOpen(WizardPageId::ApiKey);
    m_h->click(m_h->find<QPushButton>(u"apiKeyShowKeysButton"_s));
    auto* table = m_h->find<QTableView>(u"apiKeyPlanTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && table->model()->rowCount() > 0, 30000);
    // Ticked by default in the practice account: the leaked key and the others that can change
    // the account (the developer's, the expired contractor's, the intruder's, the forged
    // "deploy" key and the old "key-" key). The oracle is the practice server's own seed, by
    // label; the ids themselves are random for each server.
    QStringList ticked{seededKeyId(u"admin-leaked"_s), seededKeyId(u"developer"_s), seededKeyId(u"expired"_s),
                       seededKeyId(u"attacker"_s),     seededKeyId(u"forged"_s),    seededKeyId(u"legacy"_s)};
    for (const QString& id : std::as_const(ticked))
        QVERIFY2(!id.isEmpty() && account().findKeyById(id), qPrintable(id));
    ticked.sort();
    const qsizetype keysBefore = account().keys().size();
    const int changesBefore = changesReceived(*m_h->practiceServer());

    // "Not now": the question is read, nothing reaches the server.
    MessageBox::answerNext(false);
    m_h->click(m_h->find<QPushButton>(u"apiKeyReplaceButton"_s));
    QCOMPARE(MessageBox::shownCount(), 1);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    MessageBox::Shown asked = MessageBox::lastShown();
    QCOMPARE(asked.objectName, u"replaceKeyQuestion"_s);
    QCOMPARE(asked.icon, QMessageBox::Warning);
    QCOMPARE(asked.title, u"Replace the API key"_s);
    QCOMPARE(asked.text, u"Replace the API key now?"_s);
    QCOMPARE(
        asked.informativeText,
        u"The program makes a new API key and saves it in this computer's keychain. Then it deletes the old "
        u"keys you ticked. Old keys it deletes: 6.\n\nWebsites and apps that use an old key stop sending "
        u"email until you give them the new key.\n\nThe old keys it deletes, by ID:\n"_s +
            ticked.join(u'\n'));
    QCOMPARE(asked.acceptButton, u"Replace the key"_s);
    QCOMPARE(asked.rejectButton, u"Not now"_s);
    QCOMPARE(asked.defaultButton, u"Not now"_s);
    QCOMPARE(asked.escapeButton, u"Not now"_s);
    auto* panel = m_h->find<KeyRotationPanel>(u"apiKeyRotationPanel"_s);
    QCOMPARE(panel->controller()->phase(), KeyRotationController::Phase::Ready);
    QCOMPARE(changesReceived(*m_h->practiceServer()), changesBefore);
    QCOMPARE(account().keys().size(), keysBefore);

    // "Replace the key": exactly the keys the question named are deleted, nothing else.
    MessageBox::answerNext(true);
    m_h->click(m_h->find<QPushButton>(u"apiKeyReplaceButton"_s));
    QCOMPARE(MessageBox::shownCount(), 2);
    QCOMPARE(MessageBox::lastShown().informativeText, asked.informativeText);
    QTRY_VERIFY_WITH_TIMEOUT(panel->controller()->phase() == KeyRotationController::Phase::Finished ||
                                 panel->controller()->phase() == KeyRotationController::Phase::Failed,
                             30000);
    QCOMPARE(panel->controller()->phase(), KeyRotationController::Phase::Finished);
    QCOMPARE(deletedOnServer(*m_h->practiceServer()), QSet<QString>(ticked.cbegin(), ticked.cend()));
    for (const QString& id : std::as_const(ticked))
        QVERIFY2(!account().findKeyById(id), qPrintable(id));
    QVERIFY(account().findKeyById(seededKeyId(u"sending"_s)));
}

void TestConfirmDialogs::smtpResetNamesTheLoginItDeletes()
{
    connectPracticeAndOpen(WizardPageId::SmtpCredentials);
    m_h->click(m_h->find<QPushButton>(u"smtpShowButton"_s));
    auto* table = m_h->find<QTableView>(u"smtpPlanTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && table->model()->rowCount() > 0, 30000);
    // The login nobody recognises in the practice account.
    const QString victim = u"mailer-7731@mg.northwind-outfitters.com"_s;
    int victimRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (cellText(table, row, 1) == victim)
            victimRow = row;
    }
    QVERIFY2(victimRow >= 0, "the practice account's unknown login is not in the table");
    QVERIFY(table->model()->setData(table->model()->index(victimRow, 0), Qt::Checked, Qt::CheckStateRole));
    const int changesBefore = changesReceived(*m_h->practiceServer());

    MessageBox::answerNext(false);
    m_h->click(m_h->find<QPushButton>(u"smtpStartButton"_s));
    QCOMPARE(MessageBox::shownCount(), 1);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    const MessageBox::Shown asked = MessageBox::lastShown();
    QCOMPARE(asked.objectName, u"resetSmtpQuestion"_s);
    QCOMPARE(asked.icon, QMessageBox::Warning);
    QCOMPARE(asked.title, u"Reset the SMTP passwords"_s);
    QCOMPARE(asked.text, u"Reset the SMTP passwords now?"_s);
    // The practice account has 13 SMTP logins: 12 get a new password.
    QCOMPARE(asked.informativeText,
             u"Logins that get a new password, kept in this computer's keychain: 12.\n"
             u"Logins that will be deleted: 1.\nmailer-7731@mg.northwind-outfitters.com\n\n"
             u"Websites and apps that send email with the old passwords stop sending until you give them the "
             u"new ones."_s);
    QCOMPARE(asked.acceptButton, u"Reset the passwords"_s);
    QCOMPARE(asked.rejectButton, u"Not now"_s);
    QCOMPARE(asked.defaultButton, u"Not now"_s);
    QCOMPARE(asked.escapeButton, u"Not now"_s);
    auto* panel = m_h->find<SmtpResetPanel>(u"smtpResetPanel"_s);
    QCOMPARE(panel->controller()->phase(), SmtpResetController::Phase::Ready);
    QCOMPARE(changesReceived(*m_h->practiceServer()), changesBefore);
    QVERIFY(account().findCredential(PracticeRegion::Us, u"mg.northwind-outfitters.com"_s, victim));

    MessageBox::answerNext(true);
    m_h->click(m_h->find<QPushButton>(u"smtpStartButton"_s));
    QCOMPARE(MessageBox::shownCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(panel->controller()->phase() != SmtpResetController::Phase::Running &&
                                 panel->controller()->phase() != SmtpResetController::Phase::Ready,
                             60000);
    QVERIFY2(panel->controller()->isComplete(), qPrintable(panel->controller()->failureMessage()));
    QCOMPARE(deletedOnServer(*m_h->practiceServer()), QSet<QString>{victim});
    QVERIFY(!account().findCredential(PracticeRegion::Us, u"mg.northwind-outfitters.com"_s, victim));
}

QTEST_MAIN(TestConfirmDialogs)
#include "tst_confirmdialogs.moc"
