// `disable-subaccount ID` and `audit` on the practice account's attacker subaccount, through
// the real binary: it asks first (or takes --yes), refuses without exactly one id, and audit
// shows what the subaccount holds.
#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

// The practice account's attacker subaccount (PracticeSubaccountSeed).
const QString subaccountId = u"6650f1c2a3b4c5d6e7f80912"_s;

} // namespace

class TestDisableSubaccountCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void withoutAnIdItIsAUsageError();
    void withoutYesAndWithoutTerminalNothingChanges();
    void withYesTheSubaccountIsDisabled();
    void anUnknownIdChangesNothing();
    void auditShowsWhatTheSubaccountHolds();
    void helpNamesTheCommand();

private:
    Run run(const QStringList& arguments);
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestDisableSubaccountCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestDisableSubaccountCommand::cleanup()
{
    m_home.reset();
}

Run TestDisableSubaccountCommand::run(const QStringList& arguments)
{
    return runCli(arguments, cliEnvironment(*m_home));
}

void TestDisableSubaccountCommand::withoutAnIdItIsAUsageError()
{
    const Run result = run({u"disable-subaccount"_s, u"--practice"_s, u"--yes"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("disable-subaccount ID"), result.err.constData());
}

void TestDisableSubaccountCommand::withoutYesAndWithoutTerminalNothingChanges()
{
    const Run result = run({u"disable-subaccount"_s, subaccountId, u"--practice"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.json().value(u"disabled"_s), QJsonValue(false));
    // The question states the documented effect.
    QVERIFY2(result.err.contains("API keys from working and makes its dashboard read-only"),
             result.err.constData());
    QVERIFY(result.err.contains("enable it again"));
}

void TestDisableSubaccountCommand::withYesTheSubaccountIsDisabled()
{
    const Run result = run({u"disable-subaccount"_s, subaccountId, u"--practice"_s, u"--yes"_s, u"--json"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject json = result.json();
    QCOMPARE(json.value(u"subaccount_id"_s).toString(), subaccountId);
    QCOMPARE(json.value(u"name"_s).toString(), u"Billing notices"_s);
    QCOMPARE(json.value(u"disabled"_s), QJsonValue(true));
    QCOMPARE(json.value(u"message"_s).toString(),
             u"The subaccount \u201cBilling notices\u201d is disabled."_s);
}

void TestDisableSubaccountCommand::anUnknownIdChangesNothing()
{
    const Run result =
        run({u"disable-subaccount"_s, u"0000aaaa1111bbbb2222cccc"_s, u"--practice"_s, u"--yes"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("no subaccount with the id 0000aaaa1111bbbb2222cccc"),
             result.err.constData());
}

void TestDisableSubaccountCommand::auditShowsWhatTheSubaccountHolds()
{
    const Run result = run({u"audit"_s, u"--practice"_s, u"--json"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QString detail;
    for (const QJsonValue& value : result.json().value(u"findings"_s).toArray()) {
        if (value.toObject().value(u"kind"_s).toString() == u"subaccount"_s)
            detail = value.toObject().value(u"detail"_s).toString();
    }
    QVERIFY2(detail.contains(u"Its id is 6650f1c2a3b4c5d6e7f80912."_s), qPrintable(detail));
    QVERIFY(detail.contains(u"Its SMTP logins: invoices@mg.billing-notices-mail.com (US), "
                            "postmaster@mg.billing-notices-mail.com (US)."_s) ||
            detail.contains(u"Its SMTP logins: postmaster@mg.billing-notices-mail.com (US), "
                            "invoices@mg.billing-notices-mail.com (US)."_s));
    QVERIFY(detail.contains(u"Its domains: mg.billing-notices-mail.com (US)."_s));

    const Run text = run({u"audit"_s, u"--practice"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("copies@bn-mail-archive.example.net"), text.out.constData());
}

void TestDisableSubaccountCommand::helpNamesTheCommand()
{
    const Run result = run({u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("disable-subaccount ID"));
}

QTEST_GUILESS_MAIN(TestDisableSubaccountCommand)
#include "tst_disablesubaccountcommand.moc"
