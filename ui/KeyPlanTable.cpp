#include "KeyPlanTable.h"

#include "ReadOnlyTable.h"
#include "models/KeyTableModel.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

KeyPlanTable::KeyPlanTable(QWidget* parent)
    : QTableView(parent)
    , m_keys(new KeyTableModel(this))
{
    setObjectName(u"apiKeyPlanTable"_s);
    setAccessibleName(tr("Your API keys; ticked keys are deleted"));
    // Nothing is cut: "Website c…" and "in use, flagg…" hid what the user must judge before
    // deleting a key.
    setUpPlanTable(this, m_keys);
    // The tick and the date keep their width; the four columns of words share the rest, so a
    // wider window puts each on one line.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (const int column : {KeyTableModel::DeleteColumn, KeyTableModel::CreatedColumn})
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    hideColumn(KeyTableModel::AdviceColumn);
}
