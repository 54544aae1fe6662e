#include "TickableTableModel.h"

#include "ModelRoles.h"

TickableTableModel::TickableTableModel(int columns, QObject* parent)
    : FlatTableModel(columns, parent)
{}

bool TickableTableModel::hasTick(int) const
{
    return true;
}

Qt::ItemFlags TickableTableModel::flags(const QModelIndex& index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    if (index.column() != TickColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!hasTick(index.row()))
        return Qt::ItemNeverHasChildren;
    const Qt::ItemFlags tick = Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
    return ticksEditable() ? tick | Qt::ItemIsEnabled : tick;
}

bool TickableTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!isCell(index) || index.column() != TickColumn || role != Qt::CheckStateRole || !ticksEditable() ||
        !hasTick(index.row()))
        return false;
    const bool ticked = value.toInt() == Qt::Checked;
    if (ticked != isTicked(index.row()))
        setTicked(index.row(), ticked);
    return true;
}

void TickableTableModel::tickShown(int row)
{
    const QModelIndex tick = index(row, TickColumn);
    Q_EMIT dataChanged(tick, tick, {Qt::CheckStateRole, ModelRoles::SortRole});
}

std::optional<QVariant> TickableTableModel::tickCellData(int row, int column, int role) const
{
    if (role == Qt::CheckStateRole) {
        if (column != TickColumn || !hasTick(row))
            return QVariant();
        return QVariant(isTicked(row) ? Qt::Checked : Qt::Unchecked);
    }
    if (column != TickColumn)
        return std::nullopt;
    if (role == Qt::DisplayRole)
        return QVariant();
    if (role == ModelRoles::SortRole)
        return QVariant(isTicked(row) ? 1 : 0);
    return std::nullopt;
}
