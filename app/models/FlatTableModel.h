#pragma once

#include <QAbstractTableModel>

// The base of the wizard's tables: rows without children and a fixed number of columns.
// A model says how many rows it holds (rows()), what a cell holds (cellData()) and the title
// of each column (columnTitle()); this answers Qt's questions, and checks every index first.
class FlatTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

protected:
    FlatTableModel(int columns, QObject* parent);
    virtual qsizetype rows() const = 0;
    // `row` and `column` name a cell of the table.
    virtual QVariant cellData(int row, int column, int role) const = 0;
    virtual QVariant columnTitle(int column) const = 0;
    // Nothing unless a model explains a column.
    virtual QVariant columnToolTip(int column) const;
    // A cell of this table, as Qt's checkIndex sees it (it warns about any other).
    bool isCell(const QModelIndex& index) const;

private:
    int m_columns;
};
