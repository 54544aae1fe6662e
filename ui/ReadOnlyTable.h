#pragma once

#include <Qt>

class QAbstractItemModel;
class QAbstractItemView;
class QTableView;

// What the wizard's tables have in common: rows without numbers, one row selected at a time
// (or none), nothing typed into the cells, Tab moving on to the next control, no sideways
// scrolling, one line per cell, and long text cut with "…" by the `elide` side, the whole
// text being in the cell's tooltip (TableCellDelegate).
void setUpReadOnlyTable(QTableView* table, Qt::TextElideMode elide, bool selectRows = true);

// Long text in `table` wraps onto more lines instead of being cut, and each row is as tall as
// its text, also after a column gets wider or narrower (a bigger window, a dragged column).
// The table is as tall as its rows, up to `maximumHeight`, and scrolls beyond; the page around
// it scrolls as a whole. Call it after setting the table's model.
void wrapCellText(QTableView* table, int maximumHeight);

// A table the user reads before agreeing to a change (API keys, SMTP logins): shows `model`,
// read only, one row selected at a time, every text whole, as tall as its rows up to 320 px.
void setUpPlanTable(QTableView* table, QAbstractItemModel* model);

// Makes `table` as tall as its header and rows (one empty row if it has none), up to
// `maximumHeight`.
void fitTableHeight(QTableView* table, int maximumHeight);

// Enter in `view` stays there (it activates the current row) instead of pressing the
// dialog's default button. setUpReadOnlyTable() does this for tables.
void keepEnterInside(QAbstractItemView* view);
