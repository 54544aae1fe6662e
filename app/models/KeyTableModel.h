#pragma once

#include "TickableTableModel.h"
#include "recovery/KeyRotationPlan.h"

#include <QHash>
#include <QSet>

// Step 2's keys, one row each, with a tick for the keys to delete (Qt::CheckStateRole on the
// first column). Filled from KeyRotationPlan: its selection gives the first ticks, and the
// admin's ticks are read back with checkedIds() when the replacement starts.
class KeyTableModel : public TickableTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DeleteColumn,
        DescriptionColumn,
        KindColumn,
        CreatedColumn,
        RequestorColumn,
        NoteColumn,
        AdviceColumn, // what to do with the key; the wizard shows it below the table
        ColumnCount
    };
    static_assert(DeleteColumn == TickColumn);

    explicit KeyTableModel(QObject* parent = nullptr);

    void setPlan(const KeyRotationPlan& plan);
    void clear();
    QSet<QString> checkedIds() const;
    // While the keys are being replaced, the ticks can no longer change.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }
    // Writes `mark` ("✔ deleted") in the key's note instead of why it was proposed.
    void markKey(const QString& id, const QString& mark);
    int rowOf(const QString& id) const;
    // "About "<key>": <what to do>", for the row the admin chose; empty for no row.
    QString aboutText(int row) const;

    // "Account, full access", "Domain, sending only"...
    static QString kindInWords(const KeyInfo& key);

Q_SIGNALS:
    // The admin ticked or unticked a key.
    void ticksChanged();

private:
    qsizetype rows() const override;
    QVariant cellData(int row, int column, int role) const override;
    QVariant columnTitle(int column) const override;
    bool isTicked(int row) const override;
    bool ticksEditable() const override;
    void setTicked(int row, bool ticked) override;
    QString cellText(int row, int column) const;

    QList<KeyRotationCandidate> m_candidates;
    bool m_inUseChosen = false; // the admin picked the key in use (an older "key-" key)
    QSet<QString> m_checked;
    QHash<QString, QString> m_marks; // key id -> what happened to it
    bool m_locked = false;
};
