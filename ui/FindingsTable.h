#pragma once

#include "investigate/FindingRecord.h"
#include "models/FindingsModel.h"

#include <QTableView>

class QSortFilterProxyModel;

// The findings of one part of step 1 (folders, website or account), most serious first:
// how serious, what it is, where, and the secret masked. The rows come from a FindingsModel
// sorted by severity; the most serious finding is selected at first.
class FindingsTable : public QTableView
{
    Q_OBJECT

public:
    using enum FindingsModel::Column;

    explicit FindingsTable(const QString& objectName, QWidget* parent = nullptr);

    void setFindings(QList<FindingRecord> findings);
    void addFindings(const QList<FindingRecord>& findings);
    // The findings in the order of the rows, most serious first.
    QList<FindingRecord> findings() const;
    void clearFindings();
    // Shows `note` ("Removed") instead of how serious that finding is, greyed.
    void markResolved(const QString& identity, const QString& note);
    // The finding of the selected row; null when none is selected.
    const FindingRecord* selectedFinding() const;

    // The selected finding in full: what, where, value and what to do.
    QString detailsText() const;

    FindingsModel* findingsModel() const { return m_model; }

Q_SIGNALS:
    // The rows were filled anew (findings added, cleared or marked resolved).
    void refilled();
    // Another finding (or none) is selected.
    void selectedFindingChanged();

private:
    void refresh();
    int selectedSourceRow() const;
    void fitHeightToRows();

    FindingsModel* m_model;
    QSortFilterProxyModel* m_sorted;
};
