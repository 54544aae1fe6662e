// Step 3's keychain order and its journal, against the practice server: an earlier password
// stays in the current entry until Mailgun has accepted the new one (which waits in the
// pending entry and is read back before it is sent); a keychain that gives back something
// else, or answers after its call timed out, gets nothing sent; a journal that cannot be
// written stops the run before the next change.
#include "SmtpResetFixture.h"
#include "practice/PracticeAccount.h"
#include "recovery/SecretEntries.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

// Passes every call to the real keychain and notes each one with the number of password
// changes the practice server had received for the same login at that moment.
class RecordingKeychain : public SecretStore
{
public:
    RecordingKeychain(SecretStore* inner, PracticeServer* server)
        : m_inner(inner)
        , m_server(server)
    {}
    QString serviceName() const override { return m_inner->serviceName(); }
    void write(const QString& entry, const Secret& value, const QObject* context, Callback done) override
    {
        note(u"write"_s, entry);
        m_inner->write(entry, value, context, std::move(done));
    }
    void read(const QString& entry, const QObject* context, Callback done) override
    {
        note(u"read"_s, entry);
        m_inner->read(entry, context, std::move(done));
    }
    void remove(const QString& entry, const QObject* context, Callback done) override
    {
        note(u"remove"_s, entry);
        m_inner->remove(entry, context, std::move(done));
    }
    QStringList calls; // "write smtp-pending:us:login@domain puts=0"

private:
    void note(const QString& op, const QString& entry)
    {
        const QString login = entry.section(u':', 2);
        int puts = 0;
        for (const PracticeRequestRecord& request : m_server->requests())
            puts +=
                request.method == "PUT" && QUrl::fromPercentEncoding(request.path.toUtf8()).endsWith(login);
        calls << u"%1 %2 puts=%3"_s.arg(op, entry).arg(puts);
    }
    SecretStore* m_inner;
    PracticeServer* m_server;
};

// Holds every write without answering; reads answer "not found". The test answers later.
class HoldingKeychain : public SecretStore
{
public:
    QString serviceName() const override { return QStringLiteral("Mailgun Recovery Assistant"); }
    void write(const QString&, const Secret&, const QObject*, Callback done) override { held.append(done); }
    void read(const QString&, const QObject* context, Callback done) override
    {
        QMetaObject::invokeMethod(
            const_cast<QObject*>(context),
            [done] {
                done({Status::NotFound, {}, {}});
            },
            Qt::QueuedConnection);
    }
    void remove(const QString&, const QObject*, Callback) override {}
    QList<Callback> held;
};

// Stores in memory but gives back another password than the one written.
class LyingKeychain : public SecretStore
{
public:
    QString serviceName() const override { return QStringLiteral("Mailgun Recovery Assistant"); }
    void write(const QString& entry, const Secret& value, const QObject* context, Callback done) override
    {
        m_values.insert(entry, value.reveal());
        answer(context, done, {Status::Ok, {}, {}});
    }
    void read(const QString& entry, const QObject* context, Callback done) override
    {
        if (!m_values.contains(entry))
            answer(context, done, {Status::NotFound, {}, {}});
        else
            answer(context, done, {Status::Ok, Secret(m_values.value(entry) + u"x"_s), {}});
    }
    void remove(const QString& entry, const QObject* context, Callback done) override
    {
        m_values.remove(entry);
        answer(context, done, {Status::Ok, {}, {}});
    }

private:
    static void answer(const QObject* context, const Callback& done, const Result& result)
    {
        QMetaObject::invokeMethod(
            const_cast<QObject*>(context), [done, result] { done(result); }, Qt::QueuedConnection);
    }
    QHash<QString, QString> m_values;
};

int puts(const PracticeServer& server)
{
    int count = 0;
    for (const PracticeRequestRecord& request : const_cast<PracticeServer&>(server).requests())
        count += request.method == "PUT" ? 1 : 0;
    return count;
}

} // namespace

class TestSmtpResetKeychain : public SmtpResetFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void earlierPasswordStaysUntilMailgunAccepts();
    void refusedChangeKeepsTheEarlierPassword();
    void passwordLeftPendingByAnEarlierRunIsSentAgain();
    void keychainGivingBackAnotherPasswordSendsNothing();
    void lateKeychainAnswerIsIgnored();
    void unwritableJournalChangesNothing();
    void journalFailingMidRunStopsBeforeTheNextChange();

private:
    void storeInKeychain(const QString& entry, const QString& value)
    {
        bool written = false;
        m_keychain->write(entry, Secret(value), this,
                          [&](const SecretStore::Result& result) { written = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(written, 30000);
    }
};

void TestSmtpResetKeychain::init()
{
    startPracticeServer();
}

void TestSmtpResetKeychain::cleanup()
{
    stopPracticeServer();
}

void TestSmtpResetKeychain::earlierPasswordStaysUntilMailgunAccepts()
{
    RecordingKeychain recording(m_keychain, m_server);
    SmtpResetController* controller = makeController(&recording);
    loadPlan(controller);
    const SmtpLoginRow kept = controller->plan().rows.at(0);
    const SmtpLoginRow fresh = controller->plan().rows.at(1);
    const QString current = SecretEntries::smtp(kept.region, kept.login);
    const QString pending = u"smtp-pending:"_s + regionId(kept.region) + u':' + kept.login;
    storeInKeychain(current, u"the-earlier-password"_s);
    storeInKeychain(SecretEntries::smtp(fresh.region, fresh.login), QString()); // made absent below
    bool removed = false;
    m_keychain->remove(SecretEntries::smtp(fresh.region, fresh.login), this,
                       [&](const SecretStore::Result&) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
    removed = false; // and no copy left pending by an earlier test
    m_keychain->remove(SmtpKeychain::entry(fresh, SmtpKeychain::Slot::Pending), this,
                       [&](const SecretStore::Result&) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
    controller->start();
    runToEnd(controller);
    QVERIFY(controller->isComplete());

    QStringList keptCalls;
    for (const QString& call : std::as_const(recording.calls)) {
        if (call.section(u' ', 1, 1) == current || call.section(u' ', 1, 1) == pending)
            keptCalls << call;
    }
    // Written literally: the order the issue asks for, never derived from the controller. The
    // first read (of the first login) only checks that there is a keychain at all; the read
    // of the pending entry looks for a password an interrupted earlier run left there.
    const QStringList expected{u"read %1 puts=0"_s.arg(current), u"read %1 puts=0"_s.arg(current),
                               u"read %1 puts=0"_s.arg(pending), u"write %1 puts=0"_s.arg(pending),
                               u"read %1 puts=0"_s.arg(pending), u"write %1 puts=1"_s.arg(current),
                               u"read %1 puts=1"_s.arg(current), u"remove %1 puts=1"_s.arg(pending)};
    QCOMPARE(keptCalls, expected);
    // No earlier password: the new one goes straight to the current entry, read back first.
    const QString freshEntry = SecretEntries::smtp(fresh.region, fresh.login);
    QStringList freshCalls;
    for (const QString& call : std::as_const(recording.calls)) {
        if (call.contains(u':' + fresh.login + u' '))
            freshCalls << call;
    }
    QCOMPARE(freshCalls,
             (QStringList{u"read %1 puts=0"_s.arg(freshEntry), u"write %1 puts=0"_s.arg(freshEntry),
                          u"read %1 puts=0"_s.arg(freshEntry)}));
    verifyEveryPasswordMatchesTheKeychain(*controller);
    QCOMPARE(pendingPassword(kept), QString()); // made current, the copy cleared
    QCOMPARE(pendingPassword(fresh), QString());
}

void TestSmtpResetKeychain::refusedChangeKeepsTheEarlierPassword()
{
    SmtpResetController* controller = makeController(m_keychain);
    loadPlan(controller);
    const SmtpLoginRow first = controller->plan().rows.constFirst();
    storeInKeychain(SecretEntries::smtp(first.region, first.login), u"the-earlier-password"_s);
    PracticeFault refused = fault(PracticeFault::Kind::ServerError, "PUT", 5);
    refused.path = QRegularExpression(QRegularExpression::escape(first.login));
    m_server->addFault(refused);
    controller->start();
    runToEnd(controller);
    QCOMPARE(controller->result(first.key()).status, RowStatus::Failed);
    QCOMPARE(keychainPassword(first.region, first.login), u"the-earlier-password"_s);
    QCOMPARE(pendingPassword(first).size(), 32);

    controller->retryFailed();
    runToEnd(controller);
    QVERIFY(controller->isComplete());
    verifyEveryPasswordMatchesTheKeychain(*controller);
}

// An earlier run that this journal does not know (interrupted, then the admin started over)
// left a new password pending, which Mailgun may already use: it is sent again, and kept
// while Mailgun refuses, never replaced by another new password.
void TestSmtpResetKeychain::passwordLeftPendingByAnEarlierRunIsSentAgain()
{
    SmtpResetController* controller = makeController(m_keychain);
    loadPlan(controller);
    const SmtpLoginRow first = controller->plan().rows.constFirst();
    storeInKeychain(SecretEntries::smtp(first.region, first.login), u"the-earlier-password"_s);
    storeInKeychain(SmtpKeychain::entry(first, SmtpKeychain::Slot::Pending),
                    u"left-by-a-killed-run-0123456789a"_s);
    PracticeFault refused = fault(PracticeFault::Kind::ServerError, "PUT", 5);
    refused.path = QRegularExpression(QRegularExpression::escape(first.login));
    m_server->addFault(refused);
    controller->start();
    runToEnd(controller);
    QCOMPARE(controller->result(first.key()).status, RowStatus::Failed);
    QCOMPARE(pendingPassword(first), u"left-by-a-killed-run-0123456789a"_s);
    QCOMPARE(keychainPassword(first.region, first.login), u"the-earlier-password"_s);

    controller->retryFailed();
    runToEnd(controller);
    QVERIFY(controller->isComplete());
    QCOMPARE(keychainPassword(first.region, first.login), u"left-by-a-killed-run-0123456789a"_s);
    QCOMPARE(pendingPassword(first), QString());
    verifyEveryPasswordMatchesTheKeychain(*controller);
}

void TestSmtpResetKeychain::keychainGivingBackAnotherPasswordSendsNothing()
{
    LyingKeychain lying;
    SmtpResetController* controller = makeController(&lying);
    loadPlan(controller);
    controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(controller->phase() == Phase::Finished || controller->phase() == Phase::Failed,
                             30000);
    QCOMPARE(controller->doneCount(), 0);
    QCOMPARE(puts(*m_server), 0);
    for (const SmtpLoginRow& row : controller->plan().rows)
        QVERIFY(controller->result(row.key()).message.contains(u"keychain"_s));
}

void TestSmtpResetKeychain::lateKeychainAnswerIsIgnored()
{
    HoldingKeychain holding;
    SmtpResetController* controller = makeController(&holding);
    controller->setKeychainTimeout(std::chrono::milliseconds(300));
    loadPlan(controller);
    controller->start();
    waitForPhase(controller, Phase::Failed);
    QVERIFY(!holding.held.isEmpty());
    const qsizetype journalled = m_journal->entries().size();
    // The keychain answers at last, after every call was given up on.
    for (const SecretStore::Callback& done : std::as_const(holding.held))
        done({SecretStore::Status::Ok, {}, {}});
    QCOMPARE(controller->lateKeychainAnswers(), static_cast<int>(holding.held.size()));
    QCoreApplication::processEvents(); // anything the answers posted has run
    // Nothing was handed to the client (a request is queued or in flight at once when asked
    // for), so nothing can reach the server later.
    QCOMPARE(m_client->inFlight(Region::Us) + m_client->queued(Region::Us), 0);
    QCOMPARE(m_client->inFlight(Region::Eu) + m_client->queued(Region::Eu), 0);
    QCOMPARE(puts(*m_server), 0);
    QCOMPARE(m_journal->entries().size(), journalled);
    QCOMPARE(controller->doneCount(), 0);
    // A write given up on may still land: this process refuses to go on.
    controller->retryFailed();
    QCOMPARE(controller->phase(), Phase::Failed);
    QCOMPARE(puts(*m_server), 0);
}

void TestSmtpResetKeychain::unwritableJournalChangesNothing()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"journal.jsonl"_s);
    QVERIFY(QFile::link(u"/dev/full"_s, path)); // every write fails: the disk is full
    Journal full(path);
    SmtpResetController* controller = new SmtpResetController(m_client, m_keychain, &full, this);
    loadPlan(controller);
    controller->start();
    waitForPhase(controller, Phase::Failed);
    QVERIFY2(controller->failureMessage().contains(u"record of your recovery"_s),
             qPrintable(controller->failureMessage()));
    QCOMPARE(puts(*m_server), 0);
    delete controller;
}

void TestSmtpResetKeychain::journalFailingMidRunStopsBeforeTheNextChange()
{
    m_server->account().addDomains(PracticeRegion::Us, 10, 3);
    QTemporaryDir folder;
    const QString path = folder.filePath(u"journal.jsonl"_s);
    Journal journal(path);
    SmtpResetController* controller = new SmtpResetController(m_client, m_keychain, &journal, this);
    controller->setMaxParallel(4);
    loadPlan(controller);
    // After the fifth password change is recorded the file may not grow any more: the next
    // line fails as on a full disk.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit unlimited{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &unlimited), 0);
    int sent = 0;
    connect(&journal, &Journal::appended, this, [&](const Journal::Entry& entry) {
        if (entry.type == SmtpResetEntry::updateSent && ++sent == 5) {
            rlimit limit = unlimited;
            limit.rlim_cur = static_cast<rlim_t>(QFileInfo(path).size());
            setrlimit(RLIMIT_FSIZE, &limit);
        }
    });
    controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(controller->phase() != Phase::Running, 30000);
    setrlimit(RLIMIT_FSIZE, &unlimited);
    QCOMPARE(controller->phase(), Phase::Failed);
    QVERIFY2(controller->failureMessage().contains(u"record of your recovery"_s),
             qPrintable(controller->failureMessage()));
    QVERIFY(!controller->isComplete());
    // Every change Mailgun received has its "sent" line on the disk.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const int sentOnDisk = static_cast<int>(file.readAll().count("smtp-update-sent"));
    QVERIFY2(puts(*m_server) <= sentOnDisk, qPrintable(u"%1 > %2"_s.arg(puts(*m_server)).arg(sentOnDisk)));
    QCOMPARE(sentOnDisk, 5);
    delete controller;
}

QTEST_GUILESS_MAIN(TestSmtpResetKeychain)
#include "tst_smtpresetkeychain.moc"
