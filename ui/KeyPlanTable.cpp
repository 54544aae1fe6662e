#include "KeyPlanTable.h"

#include "ReadOnlyTable.h"
#include "models/KeyTableModel.h"

#include <QHeaderView>

#include <utility>

using namespace Qt::StringLiterals;

KeyPlanTable::KeyPlanTable(QWidget* parent)
    : QTableView(parent)
    , m_keys(new KeyTableModel(this))
{
    setObjectName(u"apiKeyPlanTable"_s);
    setAccessibleName(tr("Your API keys; ticked keys are deleted"));
    setModel(m_keys);
    setUpReadOnlyTable(this, Qt::ElideRight);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(KeyTableModel::DescriptionColumn, QHeaderView::Stretch);
    // Long names and addresses are cut with "…"; the whole text is in the cell's tooltip.
    for (const auto& [column, width] : {std::pair{KeyTableModel::KindColumn, 125},
                                        {KeyTableModel::RequestorColumn, 115},
                                        {KeyTableModel::NoteColumn, 105}}) {
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        setColumnWidth(column, width);
    }
    hideColumn(KeyTableModel::AdviceColumn);
    setMinimumHeight(120);
    setMaximumHeight(170);
}
