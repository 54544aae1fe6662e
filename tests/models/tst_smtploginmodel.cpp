// Step 3's SMTP logins as a table model: the cells, the tick to delete (never for
// postmaster), the live result of one row changing that row only, the ticks locked once the
// run starts, sorting through a proxy, and tooltips that show an attacker's markup as text.
#include "models/ModelRoles.h"
#include "models/SmtpLoginModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

SmtpLoginRow login(Region region, const QString& domain, const QString& address, const QString& created,
                   bool recent = false)
{
    SmtpLoginRow row;
    row.region = region;
    row.domain = domain;
    row.login = address;
    row.createdAt = QDateTime::fromString(created, Qt::ISODate);
    row.recent = recent;
    return row;
}

SmtpResetPlan threeLogins()
{
    SmtpResetPlan plan;
    SmtpLoginRow shop =
        login(Region::Us, u"mg.example.com"_s, u"shop@mg.example.com"_s, u"2026-03-21T12:00:00Z"_s, true);
    shop.action = SmtpLoginRow::Action::Delete;
    plan.rows = {
        login(Region::Us, u"mg.example.com"_s, u"postmaster@mg.example.com"_s, u"2025-06-01T12:00:00Z"_s),
        shop, login(Region::Eu, u"eu.example.com"_s, u"news@eu.example.com"_s, QString())};
    return plan;
}

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

SmtpResetController::RowResult result(SmtpResetController::RowStatus status, const QString& message = {},
                                      bool ambiguous = false)
{
    SmtpResetController::RowResult rowResult;
    rowResult.status = status;
    rowResult.message = message;
    rowResult.ambiguous = ambiguous;
    return rowResult;
}

} // namespace

class TestSmtpLoginModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsEachLoginInItsCells();
    void ticksDeleteButNeverPostmaster();
    void aResultChangesItsRowOnly();
    void startingTheRunLocksTheTicks();
    void sortsThroughAProxy();
    void tooltipsShowMarkupAsText();
};

void TestSmtpLoginModel::init()
{
    // A model that breaks its contract makes Qt warn (checkIndex, the tester): that fails the test.
    QTest::failOnWarning(QRegularExpression(u".+"_s));
}

void TestSmtpLoginModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSmtpLoginModel::showsEachLoginInItsCells()
{
    SmtpLoginModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(threeLogins(), true);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.headerData(SmtpLoginModel::LoginColumn, Qt::Horizontal).toString(), u"Login"_s);
    QCOMPARE(model.headerData(SmtpLoginModel::ResultColumn, Qt::Horizontal).toString(), u"Result"_s);
    QCOMPARE(cell(model, 0, SmtpLoginModel::LoginColumn), u"postmaster@mg.example.com"_s);
    QCOMPARE(cell(model, 0, SmtpLoginModel::RegionColumn), u"US"_s);
    QCOMPARE(cell(model, 0, SmtpLoginModel::CreatedColumn), u"6/1/25"_s);
    QCOMPARE(cell(model, 0, SmtpLoginModel::NoteColumn), QString());
    QCOMPARE(cell(model, 0, SmtpLoginModel::ResultColumn), QString()); // nothing sent yet
    QCOMPARE(cell(model, 1, SmtpLoginModel::NoteColumn), u"new, check it"_s);
    QCOMPARE(model.index(1, SmtpLoginModel::NoteColumn).data(ModelRoles::EmphasisRole).toBool(), true);
    QCOMPARE(model.index(0, SmtpLoginModel::NoteColumn).data(ModelRoles::EmphasisRole).toBool(), false);
    QCOMPARE(cell(model, 1, SmtpLoginModel::NoteColumn, Qt::ToolTipRole),
             u"Made after the incident began. If nobody on your team made it, tick Delete."_s);
    QCOMPARE(cell(model, 2, SmtpLoginModel::RegionColumn), u"EU"_s);
    QCOMPARE(cell(model, 2, SmtpLoginModel::CreatedColumn), QString());
    QCOMPARE(cell(model, 2, SmtpLoginModel::LoginColumn, ModelRoles::IdRole), u"eu:news@eu.example.com"_s);
    QCOMPARE(model.login(2).domain, u"eu.example.com"_s);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSmtpLoginModel::ticksDeleteButNeverPostmaster()
{
    SmtpLoginModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(threeLogins(), true);

    // Postmaster has no tick at all.
    QVERIFY(!model.index(0, SmtpLoginModel::DeleteColumn).data(Qt::CheckStateRole).isValid());
    QVERIFY(!model.flags(model.index(0, SmtpLoginModel::DeleteColumn)).testFlag(Qt::ItemIsUserCheckable));
    QCOMPARE(cell(model, 0, SmtpLoginModel::DeleteColumn, Qt::ToolTipRole),
             u"Mailgun never deletes the postmaster login; it gets a new password."_s);
    QVERIFY(
        !model.setData(model.index(0, SmtpLoginModel::DeleteColumn), int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(model.index(1, SmtpLoginModel::DeleteColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.index(2, SmtpLoginModel::DeleteColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QVERIFY(model.flags(model.index(2, SmtpLoginModel::DeleteColumn)).testFlag(Qt::ItemIsEnabled));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy toggled(&model, &SmtpLoginModel::deleteToggled);
    QVERIFY(
        model.setData(model.index(2, SmtpLoginModel::DeleteColumn), int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(toggled.size(), 1);
    QCOMPARE(toggled.at(0).at(0).toString(), u"eu:news@eu.example.com"_s);
    QCOMPARE(toggled.at(0).at(1).toBool(), true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(model.login(2).action, SmtpLoginRow::Action::Delete);

    QVERIFY(
        model.setData(model.index(1, SmtpLoginModel::DeleteColumn), int(Qt::Unchecked), Qt::CheckStateRole));
    QCOMPARE(toggled.at(1).at(0).toString(), u"us:shop@mg.example.com"_s);
    QCOMPARE(toggled.at(1).at(1).toBool(), false);
    QCOMPARE(model.login(1).action, SmtpLoginRow::Action::NewPassword);
}

void TestSmtpLoginModel::aResultChangesItsRowOnly()
{
    using Status = SmtpResetController::RowStatus;
    SmtpLoginModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(threeLogins(), false);
    QCOMPARE(cell(model, 0, SmtpLoginModel::ResultColumn), u"waiting"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setResult(1, result(Status::Working));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(cell(model, 1, SmtpLoginModel::ResultColumn), u"working…"_s);
    QCOMPARE(cell(model, 0, SmtpLoginModel::ResultColumn), u"waiting"_s);

    model.setResult(1, result(Status::Deleted));
    QCOMPARE(cell(model, 1, SmtpLoginModel::ResultColumn), u"✔ deleted"_s);
    model.setResult(0, result(Status::PasswordSet));
    QCOMPARE(cell(model, 0, SmtpLoginModel::ResultColumn), u"✔ new password"_s);
    model.setResult(2, result(Status::Failed, u"Mailgun did not answer in time."_s, true));
    QCOMPARE(cell(model, 2, SmtpLoginModel::ResultColumn), u"? not sure, try again"_s);
    QCOMPARE(cell(model, 2, SmtpLoginModel::ResultColumn, Qt::ToolTipRole),
             u"<p style=\"white-space:pre-wrap\">Mailgun did not answer in time.</p>"_s);
    model.setResult(2, result(Status::Failed, u"The login does not exist."_s));
    QCOMPARE(cell(model, 2, SmtpLoginModel::ResultColumn), u"✘ failed"_s);
    model.setResult(2, result(Status::Cancelled));
    QCOMPARE(cell(model, 2, SmtpLoginModel::ResultColumn), u"not started"_s);
    QCOMPARE(changed.size(), 6);
    model.setResult(3, result(Status::Deleted)); // no such row
    QCOMPARE(changed.size(), 6);
}

void TestSmtpLoginModel::startingTheRunLocksTheTicks()
{
    SmtpLoginModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(threeLogins(), true);
    model.setEditable(false);
    QVERIFY(!model.flags(model.index(2, SmtpLoginModel::DeleteColumn)).testFlag(Qt::ItemIsEnabled));
    QVERIFY(model.flags(model.index(2, SmtpLoginModel::DeleteColumn)).testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(
        !model.setData(model.index(2, SmtpLoginModel::DeleteColumn), int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(model.index(2, SmtpLoginModel::DeleteColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QCOMPARE(cell(model, 2, SmtpLoginModel::ResultColumn), u"waiting"_s);
}

void TestSmtpLoginModel::sortsThroughAProxy()
{
    SmtpLoginModel model;
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(ModelRoles::SortRole);
    QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(threeLogins(), true);

    sorted.sort(SmtpLoginModel::LoginColumn, Qt::AscendingOrder);
    QCOMPARE(cell(sorted, 0, SmtpLoginModel::LoginColumn), u"news@eu.example.com"_s);
    QCOMPARE(cell(sorted, 1, SmtpLoginModel::LoginColumn), u"postmaster@mg.example.com"_s);
    QCOMPARE(cell(sorted, 2, SmtpLoginModel::LoginColumn), u"shop@mg.example.com"_s);

    sorted.sort(SmtpLoginModel::CreatedColumn, Qt::DescendingOrder); // newest first, by date
    QCOMPARE(cell(sorted, 0, SmtpLoginModel::LoginColumn), u"shop@mg.example.com"_s);
    QCOMPARE(cell(sorted, 1, SmtpLoginModel::LoginColumn), u"postmaster@mg.example.com"_s);

    sorted.sort(SmtpLoginModel::DeleteColumn, Qt::DescendingOrder); // ticked first
    QCOMPARE(cell(sorted, 0, SmtpLoginModel::LoginColumn), u"shop@mg.example.com"_s);
    // A result that changes resorts a view sorted by result.
    sorted.sort(SmtpLoginModel::ResultColumn, Qt::DescendingOrder);
    model.setResult(2, result(SmtpResetController::RowStatus::Deleted));
    QCOMPARE(cell(sorted, 0, SmtpLoginModel::ResultColumn), u"✔ deleted"_s);
    QCOMPARE(cell(sorted, 0, SmtpLoginModel::LoginColumn), u"news@eu.example.com"_s);
}

void TestSmtpLoginModel::tooltipsShowMarkupAsText()
{
    SmtpResetPlan plan;
    plan.rows = {login(Region::Us, u"mg.example.com"_s, u"<img src=x>@mg.example.com"_s, QString())};
    SmtpLoginModel model;
    model.setPlan(plan, true);
    QCOMPARE(cell(model, 0, SmtpLoginModel::LoginColumn), u"<img src=x>@mg.example.com"_s);
    QCOMPARE(cell(model, 0, SmtpLoginModel::LoginColumn, Qt::ToolTipRole),
             u"<p style=\"white-space:pre-wrap\">&lt;img src=x&gt;@mg.example.com</p>"_s);
}

QTEST_GUILESS_MAIN(TestSmtpLoginModel)
#include "tst_smtploginmodel.moc"
