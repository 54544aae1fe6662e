#pragma once

#include <QAbstractTableModel>

// The base of the wizard's tables: rows without children and a fixed number of columns.
// A model says how many rows it holds (rows()); this answers Qt's rowCount and columnCount.
class FlatTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;

protected:
    FlatTableModel(int columns, QObject* parent);
    virtual qsizetype rows() const = 0;

private:
    int m_columns;
};
