#pragma once

#include <QStyledItemDelegate>

// Draws the cells of the wizard's tables from the roles of app/models (ModelRoles): bold for
// a note to read, greyed for what is dealt with, the round state icon for done and to do.
// The models stay free of fonts, colours and pixmaps.
class TableCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TableCellDelegate(QObject* parent = nullptr, Qt::TextElideMode elideMode = Qt::ElideRight);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    Qt::TextElideMode m_elideMode;
};
