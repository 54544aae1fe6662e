#pragma once

#include "investigate/FindingRecord.h"

#include <QHash>
#include <QTableWidget>

// The findings of one part of step 1 (folders, website or account), most serious first:
// how serious, what it is, where, and the secret masked. Below it, the selected finding in
// full with what to do about it (the most serious one is selected at first).
class FindingsTable : public QTableWidget
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

    explicit FindingsTable(const QString& objectName, QWidget* parent = nullptr);

    void setFindings(QList<FindingRecord> findings);
    void addFindings(const QList<FindingRecord>& findings);
    const QList<FindingRecord>& findings() const { return m_findings; }
    void clearFindings();
    // Shows `note` ("Removed") instead of how serious that finding is, greyed.
    void markResolved(const QString& identity, const QString& note);
    // The finding of the selected row; null when none is selected.
    const FindingRecord* selectedFinding() const;

    // The selected finding in full: what, where, value and what to do.
    QString detailsText() const;

    static QString severityText(const QString& severity);
    static int severityRank(const QString& severity);

Q_SIGNALS:
    // The rows were filled anew (findings added, cleared or marked resolved).
    void refilled();

private:
    void fill();
    void fitHeightToRows();

    QList<FindingRecord> m_findings;
    QHash<QString, QString> m_resolved; // identity -> note
};
