#pragma once

#include "FlatTableModel.h"
#include "recovery/SmtpResetController.h"
#include "recovery/SmtpResetPlan.h"

// Step 3's SMTP logins of both regions, one row each, with a tick to delete the login
// instead of giving it a new password (Qt::CheckStateRole on the first column; never for
// postmaster, which Mailgun does not delete) and the live result of each row.
class SmtpLoginModel : public FlatTableModel
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

    explicit SmtpLoginModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

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
    QString cellText(int row, int column) const;
    QString resultText(int row) const;
    QVariant toolTip(int row, int column) const;

    QList<SmtpLoginRow> m_rows;
    QList<SmtpResetController::RowResult> m_results; // by row
    bool m_editable = false;
};
