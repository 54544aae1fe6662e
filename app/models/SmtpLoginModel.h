#pragma once

#include "TickableTableModel.h"
#include "recovery/SmtpResetController.h"
#include "recovery/SmtpResetPlan.h"

// Step 3's SMTP logins of both regions, one row each, with a tick to delete the login
// instead of giving it a new password (Qt::CheckStateRole on the first column; never for
// postmaster, which Mailgun does not delete) and the live result of each row.
class SmtpLoginModel : public TickableTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DeleteColumn,
        LoginColumn,
        RegionColumn,
        CreatedColumn,
        NoteColumn,
        ResultColumn,
        ColumnCount
    };
    static_assert(DeleteColumn == TickColumn);

    explicit SmtpLoginModel(QObject* parent = nullptr);

    // `editable`: the plan can still change (nothing was sent yet), so the ticks work.
    void setPlan(const SmtpResetPlan& plan, bool editable);
    void clear();
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // What happened to the login of `row` so far.
    void setResult(int row, const SmtpResetController::RowResult& result);
    const SmtpLoginRow& login(int row) const { return m_rows.at(row); }

Q_SIGNALS:
    // The admin ticked (remove) or unticked a login; `key` is SmtpLoginRow::key().
    void deleteToggled(const QString& key, bool remove);

private:
    qsizetype rows() const override;
    QVariant cellData(int row, int column, int role) const override;
    QVariant columnTitle(int column) const override;
    bool hasTick(int row) const override;
    bool isTicked(int row) const override;
    bool ticksEditable() const override;
    void setTicked(int row, bool ticked) override;
    QString cellText(int row, int column) const;
    QString resultText(int row) const;
    QVariant toolTip(int row, int column) const;

    QList<SmtpLoginRow> m_rows;
    QList<SmtpResetController::RowResult> m_results; // by row
    bool m_editable = false;
};
