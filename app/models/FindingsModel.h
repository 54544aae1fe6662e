#pragma once

#include "FlatTableModel.h"
#include "investigate/FindingRecord.h"

#include <QHash>
#include <QList>

// Step 1's findings of one part (folders, website or account), one row each, in the order
// they came: how serious, what it is, where, and the secret masked. The view sorts them by
// ModelRoles::SortRole, which gives the severity column as a rank (critical first).
class FindingsModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        WhatColumn,
        WhereColumn,
        ValueColumn,
        ColumnCount
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(QList<FindingRecord> findings);
    void addFindings(const QList<FindingRecord>& findings);
    // Removes every finding and every "resolved" note.
    void clear();
    // Shows `note` ("Removed by the program.") instead of how serious the finding is, greyed.
    void markResolved(const QString& identity, const QString& note);

    const QList<FindingRecord>& findings() const { return m_findings; }
    // True when a finding has a (masked) value: only the folder scan and the probe find any.
    bool hasValues() const;
    // The finding of `row` in full: what, where, value and what to do (or its resolved note).
    QString detailsText(int row) const;

    static QString severityText(const QString& severity);
    // 0 for critical up to 4 for info; unknown severities come last.
    static int severityRank(const QString& severity);

private:
    qsizetype rows() const override;
    QVariant cellData(int row, int column, int role) const override;
    QVariant columnTitle(int column) const override;
    QString cellText(const FindingRecord& finding, int column) const;

    QList<FindingRecord> m_findings;
    QHash<QString, QString> m_resolved; // identity -> note
};
