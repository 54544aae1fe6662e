// Step 1's findings as a table model: the cells, the severity order through a sort proxy
// (most serious first, the order found kept among equals), a finding marked resolved, and
// tooltips that show an attacker's markup as text.
#include "models/FindingsModel.h"
#include "models/ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

FindingRecord finding(const QString& kind, const QString& title, const QString& severity,
                      const QString& location, int line, const QString& masked, const QString& advice)
{
    FindingRecord record;
    record.source = u"scan"_s;
    record.kind = kind;
    record.title = title;
    record.severity = severity;
    record.location = location;
    record.line = line;
    record.masked = masked;
    record.advice = advice;
    return record;
}

QList<FindingRecord> fourFindings()
{
    return {
        finding(u"env-file"_s, u"A .env file with a Mailgun key"_s, u"medium"_s, u"/srv/shop/.env"_s, 4,
                u"key-…abcd"_s, u"Move it out of the web root."_s),
        finding(u"phpinfo-page"_s, u"A phpinfo page anyone can open"_s, u"critical"_s,
                u"https://shop.example.com/info.php"_s, 0, QString(), u"Delete the page."_s),
        finding(u"catch-all-route"_s, u"A route that forwards all mail"_s, u"high"_s, u"Routes"_s, 0,
                QString(), u"Delete the route."_s),
        finding(u"api-key"_s, u"An API key in a config file"_s, u"critical"_s, u"/srv/shop/config.php"_s, 12,
                u"1a2b…9f8e"_s, u"Replace the key."_s),
    };
}

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestFindingsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsEachFindingInItsCells();
    void sortsMostSeriousFirstKeepingTheOrderFound();
    void markingOneResolvedChangesThatRowOnly();
    void tooltipsShowMarkupAsText();
    void detailsSayWhatToDo();
    void clearEmptiesTheTable();
};

void TestFindingsModel::init()
{
    // A model that breaks its contract makes Qt warn (checkIndex, the tester): that fails the test.
    QTest::failOnWarning(QRegularExpression(u".+"_s));
}

void TestFindingsModel::showsEachFindingInItsCells()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(fourFindings());

    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(FindingsModel::SeverityColumn, Qt::Horizontal).toString(), u"How serious"_s);
    QCOMPARE(model.headerData(FindingsModel::ValueColumn, Qt::Horizontal).toString(), u"Value"_s);
    QCOMPARE(cell(model, 0, FindingsModel::SeverityColumn), u"Medium"_s);
    QCOMPARE(cell(model, 0, FindingsModel::WhatColumn), u"A .env file with a Mailgun key"_s);
    QCOMPARE(cell(model, 0, FindingsModel::WhereColumn), u"/srv/shop/.env, line 4"_s);
    QCOMPARE(cell(model, 0, FindingsModel::ValueColumn), u"key-…abcd"_s);
    // A web address is shown by its path.
    QCOMPARE(cell(model, 1, FindingsModel::SeverityColumn), u"Critical"_s);
    QCOMPARE(cell(model, 1, FindingsModel::WhereColumn), u"/info.php"_s);
    QCOMPARE(cell(model, 1, FindingsModel::ValueColumn), QString());
    QCOMPARE(cell(model, 2, FindingsModel::SeverityColumn), u"High"_s);
    QCOMPARE(cell(model, 2, FindingsModel::WhereColumn), u"Routes"_s);
    QCOMPARE(cell(model, 2, FindingsModel::WhatColumn, ModelRoles::IdRole),
             u"scan|catch-all-route|Routes|0|"_s);
    QCOMPARE(model.index(2, FindingsModel::SeverityColumn).data(ModelRoles::DimmedRole).toBool(), false);
    QVERIFY(model.hasValues());

    model.setFindings({finding(u"subaccount"_s, u"A subaccount"_s, u"info"_s, u"Subaccounts"_s, 0, QString(),
                               u"Check who made it."_s)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, FindingsModel::SeverityColumn), u"For your information"_s);
    QVERIFY(!model.hasValues());
}

void TestFindingsModel::sortsMostSeriousFirstKeepingTheOrderFound()
{
    FindingsModel model;
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(ModelRoles::SortRole);
    sorted.sort(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(fourFindings());

    QCOMPARE(sorted.rowCount(), 4);
    QCOMPARE(cell(sorted, 0, FindingsModel::WhatColumn), u"A phpinfo page anyone can open"_s);
    QCOMPARE(cell(sorted, 1, FindingsModel::WhatColumn), u"An API key in a config file"_s);
    QCOMPARE(cell(sorted, 2, FindingsModel::WhatColumn), u"A route that forwards all mail"_s);
    QCOMPARE(cell(sorted, 3, FindingsModel::WhatColumn), u"A .env file with a Mailgun key"_s);

    // Findings that come later (a second folder) take their place among the others.
    model.addFindings({finding(u"debug-mode"_s, u"Debug mode is on"_s, u"low"_s, u"/srv/shop/.env"_s, 1,
                               QString(), u"Turn it off."_s),
                       finding(u"api-key"_s, u"Another API key"_s, u"critical"_s,
                               u"/srv/blog/wp-config.php"_s, 80, u"5c6d…7e8f"_s, u"Replace the key."_s)});
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(cell(sorted, 0, FindingsModel::WhatColumn), u"A phpinfo page anyone can open"_s);
    QCOMPARE(cell(sorted, 1, FindingsModel::WhatColumn), u"An API key in a config file"_s);
    QCOMPARE(cell(sorted, 2, FindingsModel::WhatColumn), u"Another API key"_s);
    QCOMPARE(cell(sorted, 3, FindingsModel::SeverityColumn), u"High"_s);
    QCOMPARE(cell(sorted, 4, FindingsModel::SeverityColumn), u"Medium"_s);
    QCOMPARE(cell(sorted, 5, FindingsModel::WhatColumn), u"Debug mode is on"_s);

    // Sorting by another column sorts by its text.
    sorted.sort(FindingsModel::WhereColumn, Qt::AscendingOrder);
    QCOMPARE(cell(sorted, 0, FindingsModel::WhereColumn), u"/info.php"_s);
    QCOMPARE(cell(sorted, 5, FindingsModel::WhereColumn), u"Routes"_s);
}

void TestFindingsModel::markingOneResolvedChangesThatRowOnly()
{
    FindingsModel model;
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(ModelRoles::SortRole);
    sorted.sort(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(fourFindings());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.markResolved(u"scan|catch-all-route|Routes|0|"_s, u"Removed by the program."_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(cell(model, 2, FindingsModel::SeverityColumn), u"Removed by the program."_s);
    QCOMPARE(model.index(2, FindingsModel::WhatColumn).data(ModelRoles::DimmedRole).toBool(), true);
    QCOMPARE(model.index(1, FindingsModel::WhatColumn).data(ModelRoles::DimmedRole).toBool(), false);
    QCOMPARE(cell(model, 1, FindingsModel::SeverityColumn), u"Critical"_s);
    // It keeps its place in the sorted view.
    QCOMPARE(cell(sorted, 2, FindingsModel::SeverityColumn), u"Removed by the program."_s);
    QCOMPARE(cell(sorted, 2, FindingsModel::WhatColumn), u"A route that forwards all mail"_s);
}

void TestFindingsModel::tooltipsShowMarkupAsText()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings({finding(u"webhook"_s, u"<b>Webhook</b> to <a href=\"x\">evil</a>"_s, u"high"_s,
                               u"Webhooks"_s, 0, QString(), u"Delete it & check."_s)});
    // The cell shows the text as it is; the tooltip is escaped HTML, never the markup itself.
    QCOMPARE(cell(model, 0, FindingsModel::WhatColumn), u"<b>Webhook</b> to <a href=\"x\">evil</a>"_s);
    const QString tip = cell(model, 0, FindingsModel::WhatColumn, Qt::ToolTipRole);
    QCOMPARE(tip, u"<p style=\"white-space:pre-wrap\">&lt;b&gt;Webhook&lt;/b&gt; to &lt;a "
                  "href=&quot;x&quot;&gt;evil&lt;/a&gt;\n\nDelete it &amp; check.</p>"_s);
}

void TestFindingsModel::detailsSayWhatToDo()
{
    FindingsModel model;
    model.setFindings(fourFindings());
    QCOMPARE(model.detailsText(0),
             u"A .env file with a Mailgun key\nWhere: /srv/shop/.env, line 4\nValue (hidden "
             "in part): key-…abcd\nWhat to do: Move it out of the web root."_s);
    QCOMPARE(
        model.detailsText(1),
        u"A phpinfo page anyone can open\nWhere: https://shop.example.com/info.php\nWhat to do: Delete the page."_s);
    model.markResolved(u"scan|catch-all-route|Routes|0|"_s, u"Removed by the program."_s);
    QCOMPARE(model.detailsText(2),
             u"A route that forwards all mail\nWhere: Routes\nRemoved by the program."_s);
    QCOMPARE(model.detailsText(4), QString());
}

void TestFindingsModel::clearEmptiesTheTable()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(fourFindings());
    model.markResolved(u"scan|catch-all-route|Routes|0|"_s, u"Removed by the program."_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setFindings(fourFindings());
    QCOMPARE(cell(model, 2, FindingsModel::SeverityColumn), u"High"_s); // the note went with the clear
}

QTEST_GUILESS_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
