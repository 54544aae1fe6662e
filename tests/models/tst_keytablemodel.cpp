// Step 2's keys as a table model: the cells, the ticks the plan proposes and the admin
// changes, the lock while the key is being replaced, the notes written afterwards, sorting
// through a proxy, and tooltips that show an attacker's markup as text.
#include "models/KeyTableModel.h"
#include "models/ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

KeyRotationCandidate candidate(const QString& id, const QString& description, const QString& kind,
                               const QString& role, const QString& created, const QString& requestor,
                               const QString& advice)
{
    KeyRotationCandidate candidate;
    candidate.key.id = id;
    candidate.key.description = description;
    candidate.key.kind = kind;
    candidate.key.role = role;
    candidate.key.createdAt = QDateTime::fromString(created, Qt::ISODate);
    candidate.key.requestor = requestor;
    candidate.advice = advice;
    return candidate;
}

KeyRotationPlan threeKeys()
{
    KeyRotationPlan plan;
    KeyRotationCandidate website =
        candidate(u"1a2b3c4d-5e6f7a8b"_s, u"Website"_s, u"user"_s, u"admin"_s, u"2026-03-02T12:00:00Z"_s,
                  u"dana@northwind-outfitters.com"_s, u"The key the program uses: replaced, then deleted."_s);
    website.inUse = true;
    KeyRotationCandidate stranger =
        candidate(u"9f8e7d6c-5b4a3928"_s, QString(), u"domain"_s, u"sending"_s, u"2026-03-20T12:00:00Z"_s,
                  u"<b>mallory</b>@example.net"_s, u"Made after the incident began."_s);
    stranger.key.domainName = u"mg.example.com"_s;
    stranger.recent = true;
    stranger.leaked = true;
    KeyRotationCandidate billing = candidate(
        u"0a0b0c0d-0e0f1011"_s, u"Billing export"_s, u"web"_s, u"basic"_s, u"2025-11-05T12:00:00Z"_s,
        u"sam@northwind-outfitters.com"_s, u"Keep it if you still use it."_s);
    billing.key.isDisabled = true;
    plan.candidates = {website, stranger, billing};
    plan.inUseId = u"1a2b3c4d-5e6f7a8b"_s;
    plan.selected = {u"1a2b3c4d-5e6f7a8b"_s, u"9f8e7d6c-5b4a3928"_s};
    return plan;
}

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

int checkState(const QAbstractItemModel& model, int row)
{
    return model.index(row, KeyTableModel::DeleteColumn).data(Qt::CheckStateRole).toInt();
}

} // namespace

class TestKeyTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsEachKeyInItsCells();
    void ticksFollowThePlanAndTheAdmin();
    void lockedWhileTheKeyIsReplaced();
    void markingAKeyChangesThatRowOnly();
    void sortsThroughAProxy();
    void tooltipsShowMarkupAsText();
    void creatorIsAClaimOrNothing();
};

void TestKeyTableModel::init()
{
    // A model that breaks its contract makes Qt warn (checkIndex, the tester): that fails the test.
    QTest::failOnWarning(QRegularExpression(u".+"_s));
}

void TestKeyTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("TZ", "UTC");
}

void TestKeyTableModel::showsEachKeyInItsCells()
{
    KeyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(threeKeys());

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.headerData(KeyTableModel::DeleteColumn, Qt::Horizontal).toString(), u"Delete"_s);
    QCOMPARE(model.headerData(KeyTableModel::RequestorColumn, Qt::Horizontal).toString(),
             u"Creator on record"_s);
    QCOMPARE(cell(model, 0, KeyTableModel::DescriptionColumn), u"Website"_s);
    QCOMPARE(cell(model, 0, KeyTableModel::KindColumn), u"Account, full access"_s);
    QCOMPARE(cell(model, 0, KeyTableModel::CreatedColumn), u"3/2/26"_s);
    // A claim whoever made the key could write (docs/mailgun-behaviour.md, point 5).
    QCOMPARE(cell(model, 0, KeyTableModel::RequestorColumn), u"recorded as dana@northwind-outfitters.com"_s);
    QCOMPARE(cell(model, 0, KeyTableModel::NoteColumn), u"in use"_s);
    QCOMPARE(cell(model, 0, KeyTableModel::AdviceColumn),
             u"The key the program uses: replaced, then deleted."_s);
    QCOMPARE(cell(model, 1, KeyTableModel::DescriptionColumn),
             u"(no name) 9f8e7d6c-5b4a3928 (mg.example.com)"_s);
    QCOMPARE(cell(model, 1, KeyTableModel::KindColumn), u"Domain, sending only"_s);
    QCOMPARE(cell(model, 1, KeyTableModel::NoteColumn), u"new since the incident, found exposed in step 1"_s);
    QCOMPARE(cell(model, 2, KeyTableModel::KindColumn), u"Control Panel, read only"_s);
    QCOMPARE(cell(model, 2, KeyTableModel::NoteColumn), u"disabled"_s);
    QCOMPARE(cell(model, 2, KeyTableModel::DeleteColumn), QString()); // the tick has no text
    QCOMPARE(cell(model, 2, KeyTableModel::KindColumn, ModelRoles::IdRole), u"0a0b0c0d-0e0f1011"_s);
    QCOMPARE(model.index(0, KeyTableModel::NoteColumn).data(ModelRoles::EmphasisRole).toBool(), true);
    QCOMPARE(model.index(0, KeyTableModel::KindColumn).data(ModelRoles::EmphasisRole).toBool(), false);
    QCOMPARE(model.aboutText(1),
             u"About \"(no name) 9f8e7d6c-5b4a3928 (mg.example.com)\": Made after the incident began."_s);
    QCOMPARE(model.aboutText(3), QString());
    QCOMPARE(model.rowOf(u"0a0b0c0d-0e0f1011"_s), 2);
    QCOMPARE(model.rowOf(u"no-such-key"_s), -1);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestKeyTableModel::ticksFollowThePlanAndTheAdmin()
{
    KeyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(threeKeys());
    QCOMPARE(checkState(model, 0), int(Qt::Checked));
    QCOMPARE(checkState(model, 1), int(Qt::Checked));
    QCOMPARE(checkState(model, 2), int(Qt::Unchecked));
    QVERIFY(!model.index(0, KeyTableModel::NoteColumn).data(Qt::CheckStateRole).isValid());
    const Qt::ItemFlags flags = model.flags(model.index(2, KeyTableModel::DeleteColumn));
    QVERIFY(flags.testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(flags.testFlag(Qt::ItemIsEnabled));
    QVERIFY(!model.flags(model.index(2, KeyTableModel::NoteColumn)).testFlag(Qt::ItemIsUserCheckable));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy ticks(&model, &KeyTableModel::ticksChanged);
    QVERIFY(model.setData(model.index(2, KeyTableModel::DeleteColumn), int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(ticks.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(checkState(model, 2), int(Qt::Checked));
    QVERIFY(
        model.setData(model.index(0, KeyTableModel::DeleteColumn), int(Qt::Unchecked), Qt::CheckStateRole));
    QCOMPARE(model.checkedIds(), (QSet<QString>{u"9f8e7d6c-5b4a3928"_s, u"0a0b0c0d-0e0f1011"_s}));
    // Only the tick column takes a tick.
    QVERIFY(!model.setData(model.index(0, KeyTableModel::NoteColumn), int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(ticks.size(), 2);
}

void TestKeyTableModel::lockedWhileTheKeyIsReplaced()
{
    KeyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(threeKeys());
    model.setLocked(true);
    QVERIFY(!model.flags(model.index(2, KeyTableModel::DeleteColumn)).testFlag(Qt::ItemIsEnabled));
    QVERIFY(
        !model.setData(model.index(2, KeyTableModel::DeleteColumn), int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(checkState(model, 2), int(Qt::Unchecked));
    QCOMPARE(model.checkedIds(), (QSet<QString>{u"1a2b3c4d-5e6f7a8b"_s, u"9f8e7d6c-5b4a3928"_s}));
    // A new plan starts unlocked.
    model.setPlan(threeKeys());
    QVERIFY(model.flags(model.index(2, KeyTableModel::DeleteColumn)).testFlag(Qt::ItemIsEnabled));
}

void TestKeyTableModel::markingAKeyChangesThatRowOnly()
{
    KeyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(threeKeys());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.markKey(u"9f8e7d6c-5b4a3928"_s, u"✔ deleted"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(cell(model, 1, KeyTableModel::NoteColumn), u"✔ deleted"_s);
    QCOMPARE(cell(model, 0, KeyTableModel::NoteColumn), u"in use"_s);
    model.markKey(u"no-such-key"_s, u"✘ still there"_s);
    QCOMPARE(changed.size(), 1);
}

void TestKeyTableModel::sortsThroughAProxy()
{
    KeyTableModel model;
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(ModelRoles::SortRole);
    QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(threeKeys());

    sorted.sort(KeyTableModel::CreatedColumn, Qt::AscendingOrder); // by date, not by the text "3/2/26"
    QCOMPARE(cell(sorted, 0, KeyTableModel::DescriptionColumn), u"Billing export"_s);
    QCOMPARE(cell(sorted, 1, KeyTableModel::DescriptionColumn), u"Website"_s);
    QCOMPARE(cell(sorted, 2, KeyTableModel::DescriptionColumn),
             u"(no name) 9f8e7d6c-5b4a3928 (mg.example.com)"_s);

    sorted.sort(KeyTableModel::DeleteColumn, Qt::AscendingOrder); // unticked first
    QCOMPARE(cell(sorted, 0, KeyTableModel::DescriptionColumn), u"Billing export"_s);
    // Ticking through the proxy reaches the model.
    QVERIFY(
        sorted.setData(sorted.index(0, KeyTableModel::DeleteColumn), int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(checkState(model, 2), int(Qt::Checked));

    sorted.sort(KeyTableModel::KindColumn, Qt::DescendingOrder);
    QCOMPARE(cell(sorted, 0, KeyTableModel::KindColumn), u"Domain, sending only"_s);
    QCOMPARE(cell(sorted, 1, KeyTableModel::KindColumn), u"Control Panel, read only"_s);
    QCOMPARE(cell(sorted, 2, KeyTableModel::KindColumn), u"Account, full access"_s);
}

void TestKeyTableModel::tooltipsShowMarkupAsText()
{
    KeyTableModel model;
    model.setPlan(threeKeys());
    QCOMPARE(cell(model, 1, KeyTableModel::RequestorColumn), u"recorded as <b>mallory</b>@example.net"_s);
    QCOMPARE(cell(model, 1, KeyTableModel::RequestorColumn, Qt::ToolTipRole),
             u"<p style=\"white-space:pre-wrap\">recorded as &lt;b&gt;mallory&lt;/b&gt;@example.net\nMade "
             u"after the "
             "incident began.</p>"_s);
    // An empty cell explains the key.
    QCOMPARE(cell(model, 1, KeyTableModel::DeleteColumn, Qt::ToolTipRole),
             u"<p style=\"white-space:pre-wrap\">Made after the incident began.</p>"_s);
}

void TestKeyTableModel::creatorIsAClaimOrNothing()
{
    KeyRotationPlan plan = threeKeys();
    plan.candidates[1].key.requestor.clear(); // both null: made through the API, or origin unknown
    plan.candidates[2].key.userName = u"Sam Ortiz"_s;
    plan.inUseChosen = true;
    KeyTableModel model;
    model.setPlan(plan);
    QCOMPARE(cell(model, 1, KeyTableModel::RequestorColumn), u"no creator recorded"_s);
    QCOMPARE(cell(model, 2, KeyTableModel::RequestorColumn),
             u"recorded as Sam Ortiz <sam@northwind-outfitters.com>"_s);
    QCOMPARE(cell(model, 0, KeyTableModel::NoteColumn), u"in use (your choice)"_s);
    model.clear();
    model.setPlan(threeKeys());
    QCOMPARE(cell(model, 0, KeyTableModel::NoteColumn), u"in use"_s);
}

QTEST_GUILESS_MAIN(TestKeyTableModel)
#include "tst_keytablemodel.moc"
