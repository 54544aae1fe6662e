#include "ReadOnlyTable.h"

#include "TableCellDelegate.h"

#include <QHeaderView>
#include <QTableView>

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
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->setTextElideMode(elide);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}
