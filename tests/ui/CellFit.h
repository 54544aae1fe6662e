#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QStyle>
#include <QTableView>
#include <QTextLayout>

#include <algorithm>
#include <initializer_list>

// The oracle of "nothing is cut, nothing is needlessly tall" (issue 16): it lays a cell's text
// out with Qt's text layout at the cell's width, wrapping at word boundaries or anywhere it
// must, in the cell's own font, and compares the lines it needs with the cell's height.
namespace CellFit {

inline QFont fontOf(const QTableView* table, const QModelIndex& index)
{
    const QVariant font = index.data(Qt::FontRole);
    return font.isValid() ? font.value<QFont>() : table->font();
}

// The height the text of `index` needs at its cell's present width.
inline qreal neededHeight(const QTableView* table, const QModelIndex& index)
{
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    const QFont font = fontOf(table, index);
    QTextLayout layout(index.data().toString(), font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(table->visualRect(index).width() - 2 * margin);
        ++lines;
    }
    layout.endLayout();
    return lines * QFontMetricsF(font).lineSpacing();
}

} // namespace CellFit

// The first cell that is too short for its text, described for the failure message, or an
// empty string when every cell of `columns` fits.
inline QString firstCutCell(const QTableView* table, std::initializer_list<int> columns)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        for (const int column : columns) {
            const QModelIndex index = table->model()->index(row, column);
            const qreal needed = CellFit::neededHeight(table, index);
            if (needed > table->rowHeight(row))
                return QStringLiteral("row %1, column %2: \"%3\" needs %4 px; its cell is %5 px tall")
                    .arg(row)
                    .arg(column)
                    .arg(index.data().toString())
                    .arg(needed)
                    .arg(table->rowHeight(row));
        }
    }
    return {};
}

// The first row that is more than a line taller than its tallest text (rows that kept the
// height of a narrower window), described, or an empty string.
inline QString firstNeedlesslyTallRow(const QTableView* table, std::initializer_list<int> columns)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        qreal tallest = 0;
        for (const int column : columns) {
            const QModelIndex index = table->model()->index(row, column);
            tallest = std::max(tallest, CellFit::neededHeight(table, index));
        }
        const qreal oneLine = QFontMetricsF(table->font()).lineSpacing();
        if (table->rowHeight(row) > tallest + oneLine)
            return QStringLiteral("row %1 is %2 px tall; its tallest text needs %3 px")
                .arg(row)
                .arg(table->rowHeight(row))
                .arg(tallest);
    }
    return {};
}
