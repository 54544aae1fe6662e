// Steps 4 and 5's users as a table model: the cells of each step, a refresh that changes one
// person's row updating that row only, sorting through a proxy, and tooltips that show an
// attacker's markup as text.
#include "models/ModelRoles.h"
#include "models/UserStatusModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

UserStatus user(const QString& id, const QString& name, const QString& email, const QString& role,
                const QString& passwordUpdatedAt = {})
{
    UserStatus status;
    status.user.id = id;
    status.user.name = name;
    status.user.email = email;
    status.user.role = role;
    status.user.passwordUpdatedAt = QDateTime::fromString(passwordUpdatedAt, Qt::ISODate);
    return status;
}

QList<UserStatus> threeUsers()
{
    UserStatus dana = user(u"u-dana"_s, u"Dana Reyes"_s, u"dana@northwind-outfitters.com"_s, u"admin"_s,
                           u"2026-03-25T12:00:00Z"_s);
    dana.user.isMaster = true;
    dana.passwordChanged = true;
    dana.tfaActive = true;
    UserStatus sam = user(u"u-sam"_s, u"Sam Ortiz"_s, u"sam@northwind-outfitters.com"_s, u"developer"_s);
    UserStatus priya = user(u"u-priya"_s, QString(), u"priya@northwind-outfitters.com"_s, u"basic"_s,
                            u"2025-12-01T12:00:00Z"_s);
    priya.tfaStartedOnly = true;
    return {dana, sam, priya};
}

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestUserStatusModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void passwordsStepShowsWhenEachChanged();
    void twoFactorStepShowsWhoHasItOn();
    void aRefreshChangesTheRowsThatChangedOnly();
    void sortsThroughAProxy();
    void tooltipsShowMarkupAsText();
    void personIsTwoLinesEvenWithALineFeedInTheName();
};

void TestUserStatusModel::init()
{
    // A model that breaks its contract makes Qt warn (checkIndex, the tester): that fails the test.
    QTest::failOnWarning(QRegularExpression(u".+"_s));
}

void TestUserStatusModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestUserStatusModel::passwordsStepShowsWhenEachChanged()
{
    UserStatusModel model(UserStatusModel::Kind::Passwords);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUsers(threeUsers());

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(UserStatusModel::StateColumn, Qt::Horizontal).toString(), u"Last change"_s);
    QCOMPARE(model.headerData(UserStatusModel::StateColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             u"When the password was last changed"_s);
    QCOMPARE(model.headerData(UserStatusModel::ActionColumn, Qt::Horizontal).toString(), u"Reset link"_s);
    QCOMPARE(cell(model, 0, UserStatusModel::PersonColumn), u"Dana Reyes\ndana@northwind-outfitters.com"_s);
    QCOMPARE(cell(model, 0, UserStatusModel::RoleColumn), u"Admin, owner"_s);
    QCOMPARE(cell(model, 0, UserStatusModel::StateColumn), u"3/25/26"_s);
    QCOMPARE(cell(model, 0, UserStatusModel::DoneColumn), u"Done"_s);
    QCOMPARE(model.index(0, UserStatusModel::DoneColumn).data(ModelRoles::DoneRole).toBool(), true);
    QCOMPARE(cell(model, 1, UserStatusModel::RoleColumn), u"Developer"_s);
    QCOMPARE(cell(model, 1, UserStatusModel::StateColumn), u"Never"_s);
    QCOMPARE(cell(model, 1, UserStatusModel::DoneColumn), u"To do"_s);
    QCOMPARE(model.index(1, UserStatusModel::DoneColumn).data(ModelRoles::DoneRole).toBool(), false);
    QVERIFY(!model.index(1, UserStatusModel::RoleColumn).data(ModelRoles::DoneRole).isValid());
    // Without a name the address stands in for it.
    QCOMPARE(cell(model, 2, UserStatusModel::PersonColumn),
             u"priya@northwind-outfitters.com\npriya@northwind-outfitters.com"_s);
    QCOMPARE(cell(model, 2, UserStatusModel::RoleColumn), u"Analyst"_s);
    QCOMPARE(cell(model, 2, UserStatusModel::StateColumn), u"12/1/25"_s);
    QCOMPARE(cell(model, 2, UserStatusModel::ActionColumn), QString());
    QCOMPARE(cell(model, 2, UserStatusModel::RoleColumn, ModelRoles::IdRole), u"u-priya"_s);
    QCOMPARE(model.rowOf(u"u-sam"_s), 1);
    QCOMPARE(model.rowOf(u"u-nobody"_s), -1);
    QVERIFY(model.isDone(0));
    QVERIFY(!model.isDone(1));
    QVERIFY(!model.isDone(3));
}

void TestUserStatusModel::twoFactorStepShowsWhoHasItOn()
{
    UserStatusModel model(UserStatusModel::Kind::TwoFactor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUsers(threeUsers());

    QCOMPARE(model.headerData(UserStatusModel::StateColumn, Qt::Horizontal).toString(), u"Two-factor"_s);
    QCOMPARE(model.headerData(UserStatusModel::ActionColumn, Qt::Horizontal).toString(), u"What to do"_s);
    QCOMPARE(cell(model, 0, UserStatusModel::StateColumn), u"On"_s);
    QCOMPARE(cell(model, 0, UserStatusModel::DoneColumn), u"Done"_s);
    QCOMPARE(cell(model, 1, UserStatusModel::StateColumn), u"Off"_s);
    QCOMPARE(cell(model, 1, UserStatusModel::DoneColumn), u"To do"_s);
    QCOMPARE(cell(model, 2, UserStatusModel::StateColumn), u"Not finished"_s);
    QCOMPARE(cell(model, 2, UserStatusModel::StateColumn, Qt::ToolTipRole),
             u"Turned on, but the code from the phone app was never confirmed."_s);
    QCOMPARE(cell(model, 1, UserStatusModel::StateColumn, Qt::ToolTipRole), QString());
}

void TestUserStatusModel::aRefreshChangesTheRowsThatChangedOnly()
{
    UserStatusModel model(UserStatusModel::Kind::Passwords);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUsers(threeUsers());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<UserStatus> refreshed = threeUsers();
    refreshed[1].user.passwordUpdatedAt = QDateTime::fromString(u"2026-03-27T12:00:00Z"_s, Qt::ISODate);
    refreshed[1].passwordChanged = true;
    model.setUsers(refreshed);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(cell(model, 1, UserStatusModel::StateColumn), u"3/27/26"_s);
    QCOMPARE(cell(model, 1, UserStatusModel::DoneColumn), u"Done"_s);

    // The same list again changes nothing; other people replace the rows.
    model.setUsers(refreshed);
    QCOMPARE(changed.size(), 1);
    model.setUsers({refreshed.at(2), refreshed.at(0)});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, UserStatusModel::RoleColumn), u"Analyst"_s);
    model.setUsers({});
    QCOMPARE(model.rowCount(), 0);
}

void TestUserStatusModel::sortsThroughAProxy()
{
    UserStatusModel model(UserStatusModel::Kind::Passwords);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(ModelRoles::SortRole);
    QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUsers(threeUsers());

    // By date, never first: not by the text ("12/1/25" would come before "3/25/26").
    sorted.sort(UserStatusModel::StateColumn, Qt::AscendingOrder);
    QCOMPARE(cell(sorted, 0, UserStatusModel::StateColumn), u"Never"_s);
    QCOMPARE(cell(sorted, 1, UserStatusModel::StateColumn), u"12/1/25"_s);
    QCOMPARE(cell(sorted, 2, UserStatusModel::StateColumn), u"3/25/26"_s);

    sorted.sort(UserStatusModel::DoneColumn, Qt::DescendingOrder);
    QCOMPARE(cell(sorted, 0, UserStatusModel::RoleColumn), u"Admin, owner"_s);

    sorted.sort(UserStatusModel::PersonColumn, Qt::AscendingOrder);
    QCOMPARE(cell(sorted, 0, UserStatusModel::RoleColumn), u"Admin, owner"_s);
    QCOMPARE(cell(sorted, 1, UserStatusModel::RoleColumn), u"Developer"_s);
    QCOMPARE(cell(sorted, 2, UserStatusModel::RoleColumn), u"Analyst"_s);
}

void TestUserStatusModel::tooltipsShowMarkupAsText()
{
    UserStatusModel model(UserStatusModel::Kind::Passwords);
    model.setUsers({user(u"u-eve"_s, u"<i>Eve</i>"_s, u"eve@example.net"_s, u"admin"_s)});
    QCOMPARE(cell(model, 0, UserStatusModel::PersonColumn), u"<i>Eve</i>\neve@example.net"_s);
    QCOMPARE(cell(model, 0, UserStatusModel::PersonColumn, Qt::ToolTipRole),
             u"<p style=\"white-space:pre-wrap\">&lt;i&gt;Eve&lt;/i&gt;\neve@example.net</p>"_s);
}

void TestUserStatusModel::personIsTwoLinesEvenWithALineFeedInTheName()
{
    UserStatusModel model(UserStatusModel::Kind::TwoFactor);
    model.setUsers({user(u"u-mal"_s, u"Mal\nboss@example.net"_s, u"mal@example.net"_s, u"admin"_s)});
    // The name's own line feed is replaced, so the view shows exactly two lines.
    QCOMPARE(cell(model, 0, UserStatusModel::PersonColumn), u"Mal\uFFFDboss@example.net\nmal@example.net"_s);
    QCOMPARE(model.index(0, UserStatusModel::PersonColumn).data(ModelRoles::LinesRole), QVariant(true));
    QVERIFY(!model.index(0, UserStatusModel::RoleColumn).data(ModelRoles::LinesRole).isValid());
}

QTEST_GUILESS_MAIN(TestUserStatusModel)
#include "tst_userstatusmodel.moc"
