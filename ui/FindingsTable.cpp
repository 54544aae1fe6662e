#include "FindingsTable.h"

#include "ReadOnlyTable.h"
#include "TableCellDelegate.h"
#include "models/ModelRoles.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int tallestTable = 260;

} // namespace

FindingsTable::FindingsTable(const QString& objectName, QWidget* parent)
    : QTableView(parent)
    , m_model(new FindingsModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(objectName);
    setAccessibleName(tr("What was found, most serious first"));
    // Most serious first; findings of the same severity keep the order they were found in.
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ModelRoles::SortRole);
    m_sorted->sort(SeverityColumn, Qt::AscendingOrder);
    setModel(m_sorted);
    setUpReadOnlyTable(this, Qt::ElideRight);
    // Paths and addresses keep their start and their end (the file name) when cut short.
    setItemDelegateForColumn(WhereColumn, new TableCellDelegate(this, Qt::ElideMiddle));
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    setColumnWidth(SeverityColumn, 95);
    setColumnWidth(WhereColumn, 170);
    setColumnWidth(ValueColumn, 95);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FindingsTable::selectedFindingChanged);
    hide();
}

void FindingsTable::setFindings(QList<FindingRecord> findings)
{
    m_model->setFindings(std::move(findings));
    refresh();
}

void FindingsTable::addFindings(const QList<FindingRecord>& findings)
{
    m_model->addFindings(findings);
    refresh();
}

QList<FindingRecord> FindingsTable::findings() const
{
    QList<FindingRecord> rows;
    rows.reserve(m_sorted->rowCount());
    for (int row = 0; row < m_sorted->rowCount(); ++row)
        rows.append(m_model->findings().at(m_sorted->mapToSource(m_sorted->index(row, 0)).row()));
    return rows;
}

void FindingsTable::clearFindings()
{
    m_model->clear();
    refresh();
}

void FindingsTable::markResolved(const QString& identity, const QString& note)
{
    m_model->markResolved(identity, note);
    refresh();
}

int FindingsTable::selectedSourceRow() const
{
    const QModelIndexList rows = selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_sorted->mapToSource(rows.first()).row();
}

const FindingRecord* FindingsTable::selectedFinding() const
{
    const int row = selectedSourceRow();
    return row >= 0 && row < m_model->findings().size() ? &m_model->findings().at(row) : nullptr;
}

QString FindingsTable::detailsText() const
{
    return m_model->detailsText(selectedSourceRow());
}

void FindingsTable::refresh()
{
    // Only the folder scan and the probe find values; the account review never does.
    setColumnHidden(ValueColumn, !m_model->hasValues());
    setVisible(m_model->rowCount() > 0);
    fitHeightToRows();
    if (m_model->rowCount() > 0 && !selectionModel()->hasSelection())
        selectRow(0);
    Q_EMIT refilled();
}

void FindingsTable::fitHeightToRows()
{
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < m_sorted->rowCount(); ++row)
        height += rowHeight(row);
    setFixedHeight(std::min(height + 2, tallestTable));
}
