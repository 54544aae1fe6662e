#include "KeyTableModel.h"

#include "ModelRoles.h"
#include "PlainToolTip.h"
#include "investigate/KeyFindings.h"
#include "mailgun/UntrustedText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

KeyTableModel::KeyTableModel(QObject* parent)
    : TickableTableModel(ColumnCount, parent)
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

QVariant KeyTableModel::cellData(int row, int column, int role) const
{
    if (const std::optional<QVariant> tick = tickCellData(row, column, role))
        return *tick;
    const KeyRotationCandidate& candidate = m_candidates.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, column);
    case Qt::ToolTipRole: {
        const QString text = cellText(row, column);
        return plainToolTip(column == AdviceColumn || text.isEmpty() ? candidate.advice
                                                                     : text + u'\n' + candidate.advice);
    }
    case ModelRoles::IdRole:
        return candidate.key.id;
    case ModelRoles::SortRole:
        if (column == CreatedColumn)
            return candidate.key.createdAt;
        return cellText(row, column);
    case ModelRoles::EmphasisRole:
        return column == NoteColumn;
    default:
        return {};
    }
}

bool KeyTableModel::isTicked(int row) const
{
    return m_checked.contains(m_candidates.at(row).key.id);
}

bool KeyTableModel::ticksEditable() const
{
    return !m_locked;
}

void KeyTableModel::setTicked(int row, bool ticked)
{
    const QString id = m_candidates.at(row).key.id;
    if (ticked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    tickShown(row);
    Q_EMIT ticksChanged();
}

QVariant KeyTableModel::columnTitle(int column) const
{
    switch (column) {
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
