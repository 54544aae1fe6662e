#include "SmtpLoginModel.h"

#include "ModelRoles.h"
#include "PlainToolTip.h"

#include <QLocale>

using namespace Qt::StringLiterals;

SmtpLoginModel::SmtpLoginModel(QObject* parent)
    : TickableTableModel(ColumnCount, parent)
{}

qsizetype SmtpLoginModel::rows() const
{
    return m_rows.size();
}

QString SmtpLoginModel::resultText(int row) const
{
    using Status = SmtpResetController::RowStatus;
    const SmtpResetController::RowResult& result = m_results.at(row);
    switch (result.status) {
    case Status::Waiting:
        return m_editable ? QString() : tr("waiting");
    case Status::Working:
        return tr("working…");
    case Status::PasswordSet:
        return tr("✔ new password");
    case Status::Deleted:
        return tr("✔ deleted");
    case Status::Failed:
        return result.ambiguous ? tr("? not sure, try again") : tr("✘ failed");
    case Status::Cancelled:
        return tr("not started");
    }
    return {};
}

QString SmtpLoginModel::cellText(int row, int column) const
{
    const SmtpLoginRow& login = m_rows.at(row);
    switch (column) {
    case LoginColumn:
        return login.shownLogin();
    case RegionColumn:
        return regionId(login.region).toUpper();
    case CreatedColumn:
        return login.createdAt.isValid()
                   ? QLocale().toString(login.createdAt.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    case NoteColumn:
        return login.recent ? tr("new, check it") : QString();
    case ResultColumn:
        return resultText(row);
    default:
        return {};
    }
}

QVariant SmtpLoginModel::toolTip(int row, int column) const
{
    const SmtpLoginRow& login = m_rows.at(row);
    switch (column) {
    case DeleteColumn:
        return login.isPostmaster()
                   ? tr("Mailgun never deletes the postmaster login; it gets a new password.")
                   : tr("Tick to delete this login instead of giving it a new password.");
    case LoginColumn:
        return plainToolTip(login.shownLogin());
    case NoteColumn:
        if (login.recent)
            return tr("Made after the incident began. If nobody on your team made it, tick Delete.");
        return {};
    case ResultColumn: {
        const QString message = m_results.at(row).message;
        return plainToolTip(message.isEmpty() ? resultText(row) : message);
    }
    default:
        return {};
    }
}

QVariant SmtpLoginModel::cellData(int row, int column, int role) const
{
    if (const std::optional<QVariant> tick = tickCellData(row, column, role))
        return *tick;
    const SmtpLoginRow& login = m_rows.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case ModelRoles::IdRole:
        return login.key();
    case ModelRoles::SortRole:
        if (column == CreatedColumn)
            return login.createdAt;
        return cellText(row, column);
    case ModelRoles::EmphasisRole:
        return column == NoteColumn && login.recent;
    default:
        return {};
    }
}

bool SmtpLoginModel::hasTick(int row) const
{
    // Mailgun never deletes postmaster: it always gets a new password.
    return !m_rows.at(row).isPostmaster();
}

bool SmtpLoginModel::isTicked(int row) const
{
    return m_rows.at(row).action == SmtpLoginRow::Action::Delete;
}

bool SmtpLoginModel::ticksEditable() const
{
    return m_editable;
}

void SmtpLoginModel::setTicked(int row, bool ticked)
{
    SmtpLoginRow& login = m_rows[row];
    login.action = ticked ? SmtpLoginRow::Action::Delete : SmtpLoginRow::Action::NewPassword;
    tickShown(row);
    Q_EMIT deleteToggled(login.key(), ticked);
}

QVariant SmtpLoginModel::columnTitle(int column) const
{
    switch (column) {
    case DeleteColumn:
        return tr("Delete");
    case LoginColumn:
        return tr("Login");
    case RegionColumn:
        return tr("Region");
    case CreatedColumn:
        return tr("Created");
    case NoteColumn:
        return tr("Note");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

void SmtpLoginModel::setPlan(const SmtpResetPlan& plan, bool editable)
{
    beginResetModel();
    m_rows = plan.rows;
    m_results = QList<SmtpResetController::RowResult>(m_rows.size());
    m_editable = editable;
    endResetModel();
}

void SmtpLoginModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_results.clear();
    endResetModel();
}

void SmtpLoginModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    // The ticks and the "waiting" of the rows not started yet depend on it.
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SmtpLoginModel::setResult(int row, const SmtpResetController::RowResult& result)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_results[row] = result;
    Q_EMIT dataChanged(index(row, ResultColumn), index(row, ResultColumn));
}
