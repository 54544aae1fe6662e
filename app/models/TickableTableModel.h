#pragma once

#include "FlatTableModel.h"

#include <optional>

// A table whose first column is a tick box the admin uses to choose rows (the keys of step 2
// and the SMTP logins of step 3 to delete). This answers Qt for the tick: its flags, the
// admin's clicks (Qt::CheckStateRole) and how the tick shows and sorts; the model keeps the
// ticks and says which rows have one.
class TickableTableModel : public FlatTableModel
{
    Q_OBJECT

public:
    Qt::ItemFlags flags(const QModelIndex& index) const final;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) final;

protected:
    static constexpr int TickColumn = 0;

    TickableTableModel(int columns, QObject* parent);

    // False for a row that can never be chosen: it shows no tick.
    virtual bool hasTick(int row) const;
    virtual bool isTicked(int row) const = 0;
    // False while the chosen rows are being worked on: the ticks show but cannot change.
    virtual bool ticksEditable() const = 0;
    // Keeps the admin's new tick (a change), then calls tickShown(row).
    virtual void setTicked(int row, bool ticked) = 0;
    // Tells the views that the tick of `row` changed.
    void tickShown(int row);
    // What cellData() answers for the tick: no text, the tick, and the tick as the sort key.
    // Nothing for the other roles and columns, which the model answers itself.
    std::optional<QVariant> tickCellData(int row, int column, int role) const;
};
