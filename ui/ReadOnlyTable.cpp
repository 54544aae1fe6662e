#include "ReadOnlyTable.h"

#include "TableCellDelegate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QTableView>

#include <algorithm>
#include <memory>
#include <utility>

namespace {

// Enter in a list or table activates the current row and stops there. A view ignores the
// key, so the dialog would take it and press its default button: Next, in the wizard.
class EnterStaysInside : public QObject
{
public:
    explicit EnterStaysInside(QAbstractItemView* view)
        : QObject(view)
        , m_view(view)
    {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_view && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            // The views here are never edited in place, so Enter has no editor to close.
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                if (m_view->currentIndex().isValid())
                    Q_EMIT m_view->activated(m_view->currentIndex());
                return true;
            }
        }
        return false;
    }

private:
    QAbstractItemView* m_view;
};

} // namespace

void keepEnterInside(QAbstractItemView* view)
{
    view->installEventFilter(new EnterStaysInside(view));
}

void setUpReadOnlyTable(QTableView* table, Qt::TextElideMode elide, bool selectRows)
{
    table->setItemDelegate(new TableCellDelegate(table, elide));
    table->verticalHeader()->hide();
    if (selectRows) {
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
    } else {
        table->setSelectionMode(QAbstractItemView::NoSelection);
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the next control; the arrow keys move inside it.
    table->setTabKeyNavigation(false);
    keepEnterInside(table);
    table->setWordWrap(false);
    table->setTextElideMode(elide);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void fitTableHeight(QTableView* table, int maximumHeight)
{
    const int rowCount = table->model() ? table->model()->rowCount() : 0;
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < std::max(rowCount, 1); ++row)
        height += row < rowCount
                      ? std::max(table->rowHeight(row), table->verticalHeader()->sectionSizeHint(row))
                      : table->verticalHeader()->defaultSectionSize();
    table->setFixedHeight(std::min(height, maximumHeight));
}

void wrapCellText(QTableView* table, int maximumHeight)
{
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideNone);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Qt fits rows to their contents when rows change, not when a column's width does: the rows
    // kept the height of the narrower window, three empty lines each. A header announces each
    // column's new width before it has set them all, so the rows are fitted once, after the
    // header is done, and the table then takes the height of its rows.
    auto pending = std::make_shared<bool>(false);
    const auto fitLater = [table, maximumHeight, pending] {
        if (std::exchange(*pending, true))
            return;
        QMetaObject::invokeMethod(
            table,
            [table, maximumHeight, pending] {
                *pending = false;
                table->resizeRowsToContents();
                fitTableHeight(table, maximumHeight);
            },
            Qt::QueuedConnection);
    };
    QObject::connect(table->horizontalHeader(), &QHeaderView::sectionResized, table, fitLater);
    QAbstractItemModel* model = table->model();
    QObject::connect(model, &QAbstractItemModel::modelReset, table, fitLater);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, table, fitLater);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, table, fitLater);
    QObject::connect(model, &QAbstractItemModel::dataChanged, table, fitLater);
    fitTableHeight(table, maximumHeight);
}

void setUpPlanTable(QTableView* table, QAbstractItemModel* model)
{
    table->setModel(model);
    setUpReadOnlyTable(table, Qt::ElideNone);
    wrapCellText(table, 320); // rows of two or three lines; the page scrolls as a whole
}
