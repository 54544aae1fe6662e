#pragma once

#include <QTableView>

class KeyTableModel;

// Step 2's table of keys (KeyTableModel): a tick to delete each key, its name, kind, date,
// who made it and a note on why it is proposed. The advice column is hidden: the panel shows
// it below the table for the chosen row.
class KeyPlanTable : public QTableView
{
    Q_OBJECT

public:
    explicit KeyPlanTable(QWidget* parent = nullptr);

    KeyTableModel* keys() const { return m_keys; }

private:
    KeyTableModel* m_keys;
};
