#include "FlatTableModel.h"

FlatTableModel::FlatTableModel(int columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{}

int FlatTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows());
}

int FlatTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

bool FlatTableModel::isCell(const QModelIndex& index) const
{
    return index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid);
}

QVariant FlatTableModel::data(const QModelIndex& index, int role) const
{
    if (!isCell(index))
        return {};
    return cellData(index.row(), index.column(), role);
}

QVariant FlatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return columnToolTip(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant FlatTableModel::columnToolTip(int) const
{
    return {};
}
