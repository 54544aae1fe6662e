#pragma once

#include <QWidget>

class FindingsTable;
class QLabel;

// A FindingsTable with the selected finding written out in full below it, so the advice is
// readable without tooltips. Hidden while there are no findings.
class FindingsView : public QWidget
{
    Q_OBJECT

public:
    FindingsView(const QString& tableName, QWidget* parent = nullptr);

    FindingsTable* table() const { return m_table; }
    QLabel* details() const { return m_details; }

private:
    void updateDetails();

    FindingsTable* m_table;
    QLabel* m_details;
};
