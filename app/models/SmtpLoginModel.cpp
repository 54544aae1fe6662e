#include "SmtpLoginModel.h"

#include "ModelRoles.h"
#include "PlainToolTip.h"

#include <QLocale>

using namespace Qt::StringLiterals;

SmtpLoginModel::SmtpLoginModel(QObject* parent)
    : FlatTableModel(ColumnCount, parent)
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
            return tr("Made after the incident began. If nobody in your team made it, tick Delete.");
        return {};
    case ResultColumn: {
        const QString message = m_results.at(row).message;
        return plainToolTip(message.isEmpty() ? resultText(row) : message);
    }
    default:
        return {};
    }
}

QVariant SmtpLoginModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const SmtpLoginRow& login = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == DeleteColumn ? QVariant() : QVariant(cellText(index.row(), column));
    case Qt::CheckStateRole:
        if (column != DeleteColumn || login.isPostmaster())
            return {};
        return login.action == SmtpLoginRow::Action::Delete ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return toolTip(index.row(), column);
    case ModelRoles::IdRole:
        return login.key();
    case ModelRoles::SortRole:
        if (column == DeleteColumn)
            return login.action == SmtpLoginRow::Action::Delete ? 1 : 0;
        if (column == CreatedColumn)
            return login.createdAt;
        return cellText(index.row(), column);
    case ModelRoles::EmphasisRole:
        return column == NoteColumn && login.recent;
    default:
        return {};
    }
}

bool SmtpLoginModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) ||
        index.column() != DeleteColumn || role != Qt::CheckStateRole || !m_editable)
        return false;
    SmtpLoginRow& login = m_rows[index.row()];
    if (login.isPostmaster())
        return false;
    const bool remove = value.toInt() == Qt::Checked;
    const SmtpLoginRow::Action action =
        remove ? SmtpLoginRow::Action::Delete : SmtpLoginRow::Action::NewPassword;
    if (login.action == action)
        return true;
    login.action = action;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, ModelRoles::SortRole});
    Q_EMIT deleteToggled(login.key(), remove);
    return true;
}

Qt::ItemFlags SmtpLoginModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (index.column() == DeleteColumn) {
        if (m_rows.at(index.row()).isPostmaster())
            return Qt::ItemNeverHasChildren;
        return m_editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren
                          : Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant SmtpLoginModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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
