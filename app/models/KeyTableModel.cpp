#include "KeyTableModel.h"

#include "ModelRoles.h"
#include "PlainToolTip.h"
#include "investigate/KeyFindings.h"
#include "mailgun/UntrustedText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

KeyTableModel::KeyTableModel(QObject* parent)
    : FlatTableModel(ColumnCount, parent)
{}

qsizetype KeyTableModel::rows() const
{
    return m_candidates.size();
}

QString KeyTableModel::kindInWords(const KeyInfo& key)
{
    // A role the program does not know is shown as Mailgun names it.
    static const QHash<QString, const char*> roleWords{
        {u"admin"_s, QT_TRANSLATE_NOOP("KeyTableModel", "full access")},
        {u"developer"_s, QT_TRANSLATE_NOOP("KeyTableModel", "developer access")},
        {u"sending"_s, QT_TRANSLATE_NOOP("KeyTableModel", "sending only")},
        {u"basic"_s, QT_TRANSLATE_NOOP("KeyTableModel", "read only")},
    };
    const char* words = roleWords.value(key.role);
    const QString role = words ? tr(words) : key.role;
    if (key.kind == u"domain"_s)
        return tr("Domain, %1").arg(role);
    if (key.kind == u"web"_s)
        return tr("Control Panel, %1").arg(role);
    return tr("Account, %1").arg(role);
}

QString KeyTableModel::cellText(int row, int column) const
{
    const KeyRotationCandidate& candidate = m_candidates.at(row);
    const KeyInfo& key = candidate.key;
    switch (column) {
    case DescriptionColumn: {
        const QString name = key.description.isEmpty() ? tr("(no name) %1").arg(key.id) : key.description;
        return key.kind == u"domain"_s && !key.domainName.isEmpty() ? tr("%1 (%2)").arg(name, key.domainName)
                                                                    : name;
    }
    case KindColumn:
        return kindInWords(key);
    case CreatedColumn:
        return QLocale().toString(key.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    case RequestorColumn:
        // A claim the key's maker could write, or nothing at all (point 5 of the evidence).
        return UntrustedText::forDisplay(KeyFindings::creatorText(key));
    case NoteColumn: {
        const auto mark = m_marks.constFind(key.id);
        if (mark != m_marks.cend())
            return *mark;
        QStringList notes;
        if (candidate.inUse)
            notes << (m_inUseChosen ? tr("in use (your choice)") : tr("in use"));
        if (candidate.recent)
            notes << tr("new since the incident");
        if (candidate.leaked)
            notes << tr("found exposed in step 1");
        else if (candidate.suspicious)
            notes << tr("flagged in step 1");
        if (key.isDisabled)
            notes << tr("disabled");
        return notes.join(u", "_s);
    }
    case AdviceColumn:
        return candidate.advice;
    default:
        return {};
    }
}

QVariant KeyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyRotationCandidate& candidate = m_candidates.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == DeleteColumn ? QVariant() : QVariant(cellText(index.row(), column));
    case Qt::CheckStateRole:
        if (column != DeleteColumn)
            return {};
        return m_checked.contains(candidate.key.id) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: {
        const QString text = cellText(index.row(), column);
        return plainToolTip(column == AdviceColumn || text.isEmpty() ? candidate.advice
                                                                     : text + u'\n' + candidate.advice);
    }
    case ModelRoles::IdRole:
        return candidate.key.id;
    case ModelRoles::SortRole:
        if (column == DeleteColumn)
            return m_checked.contains(candidate.key.id) ? 1 : 0;
        if (column == CreatedColumn)
            return candidate.key.createdAt;
        return cellText(index.row(), column);
    case ModelRoles::EmphasisRole:
        return column == NoteColumn;
    default:
        return {};
    }
}

bool KeyTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) ||
        index.column() != DeleteColumn || role != Qt::CheckStateRole || m_locked)
        return false;
    const QString id = m_candidates.at(index.row()).key.id;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == m_checked.contains(id))
        return true;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, ModelRoles::SortRole});
    Q_EMIT ticksChanged();
    return true;
}

Qt::ItemFlags KeyTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (index.column() == DeleteColumn)
        return m_locked ? Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren
                        : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeleteColumn:
        return tr("Delete");
    case DescriptionColumn:
        return tr("Key");
    case KindColumn:
        return tr("Kind");
    case CreatedColumn:
        return tr("Created");
    case RequestorColumn:
        return tr("Creator on record");
    case NoteColumn:
        return tr("Note");
    case AdviceColumn:
        return tr("What to do");
    default:
        return {};
    }
}

void KeyTableModel::setPlan(const KeyRotationPlan& plan)
{
    beginResetModel();
    m_candidates = plan.candidates;
    m_inUseChosen = plan.inUseChosen;
    m_checked = plan.selected;
    m_marks.clear();
    m_locked = false;
    endResetModel();
}

void KeyTableModel::clear()
{
    beginResetModel();
    m_candidates.clear();
    m_inUseChosen = false;
    m_checked.clear();
    m_marks.clear();
    m_locked = false;
    endResetModel();
}

QSet<QString> KeyTableModel::checkedIds() const
{
    QSet<QString> ids;
    for (const KeyRotationCandidate& candidate : m_candidates) {
        if (m_checked.contains(candidate.key.id))
            ids.insert(candidate.key.id);
    }
    return ids;
}

void KeyTableModel::setLocked(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    if (!m_candidates.isEmpty())
        Q_EMIT dataChanged(index(0, DeleteColumn), index(rowCount() - 1, DeleteColumn), {Qt::CheckStateRole});
}

void KeyTableModel::markKey(const QString& id, const QString& mark)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_marks.insert(id, mark);
    Q_EMIT dataChanged(index(row, NoteColumn), index(row, NoteColumn));
}

int KeyTableModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_candidates.size(); ++row) {
        if (m_candidates.at(row).key.id == id)
            return row;
    }
    return -1;
}

QString KeyTableModel::aboutText(int row) const
{
    if (row < 0 || row >= m_candidates.size())
        return {};
    return tr("About \"%1\": %2").arg(cellText(row, DescriptionColumn), m_candidates.at(row).advice);
}
