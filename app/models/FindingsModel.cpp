#include "FindingsModel.h"

#include "ModelRoles.h"
#include "PlainToolTip.h"
#include "investigate/BackupFindingText.h"
#include "investigate/GitHistoryText.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

FindingsModel::FindingsModel(QObject* parent)
    : FlatTableModel(ColumnCount, parent)
{}

qsizetype FindingsModel::rows() const
{
    return m_findings.size();
}

QString FindingsModel::severityText(const QString& severity)
{
    if (severity == u"critical"_s)
        return tr("Critical");
    if (severity == u"high"_s)
        return tr("High");
    if (severity == u"medium"_s)
        return tr("Medium");
    if (severity == u"low"_s)
        return tr("Low");
    return tr("For your information");
}

int FindingsModel::severityRank(const QString& severity)
{
    static const QStringList order{u"critical"_s, u"high"_s, u"medium"_s, u"low"_s, u"info"_s};
    const qsizetype index = order.indexOf(severity);
    return static_cast<int>(index < 0 ? order.size() : index);
}

QString FindingsModel::cellText(const FindingRecord& finding, int column) const
{
    switch (column) {
    case SeverityColumn:
        return m_resolved.value(finding.identity(), severityText(finding.severity));
    case WhatColumn:
        return finding.title;
    case WhereColumn: {
        // A web address is shown by its path: the site is the same for every row, and the
        // details give the whole address.
        const QUrl url(finding.location);
        const bool web = url.scheme() == u"http"_s || url.scheme() == u"https"_s;
        QString location = finding.location;
        if (!finding.archive.isEmpty())
            location = BackupFindingText::where(finding.location, finding.archive);
        else if (!finding.commit.isEmpty())
            location = GitHistoryText::where(finding);
        else if (web)
            location = url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        return finding.line > 0 ? tr("%1, line %2").arg(location).arg(finding.line) : location;
    }
    case ValueColumn:
        return finding.masked;
    default:
        return {};
    }
}

QVariant FindingsModel::cellData(int row, int column, int role) const
{
    const FindingRecord& finding = m_findings.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(finding, column);
    case Qt::ToolTipRole:
        return plainToolTip(cellText(finding, column) + u"\n\n"_s + finding.advice);
    case ModelRoles::IdRole:
        return finding.identity();
    case ModelRoles::SortRole:
        if (column == SeverityColumn)
            return severityRank(finding.severity);
        return cellText(finding, column);
    case ModelRoles::DimmedRole:
        return m_resolved.contains(finding.identity());
    default:
        return {};
    }
}

QVariant FindingsModel::columnTitle(int column) const
{
    switch (column) {
    case SeverityColumn:
        return tr("How serious");
    case WhatColumn:
        return tr("What");
    case WhereColumn:
        return tr("Where");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

void FindingsModel::setFindings(QList<FindingRecord> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

void FindingsModel::addFindings(const QList<FindingRecord>& findings)
{
    if (findings.isEmpty())
        return;
    const int first = static_cast<int>(m_findings.size());
    beginInsertRows({}, first, first + static_cast<int>(findings.size()) - 1);
    m_findings.append(findings);
    endInsertRows();
}

void FindingsModel::clear()
{
    beginResetModel();
    m_findings.clear();
    m_resolved.clear();
    endResetModel();
}

void FindingsModel::markResolved(const QString& identity, const QString& note)
{
    m_resolved.insert(identity, note);
    for (int row = 0; row < m_findings.size(); ++row) {
        if (m_findings.at(row).identity() == identity)
            // The severity's rank does not change, so a sorting view keeps the row where it is.
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                               {Qt::DisplayRole, Qt::ToolTipRole, ModelRoles::DimmedRole});
    }
}

bool FindingsModel::hasValues() const
{
    return std::any_of(m_findings.cbegin(), m_findings.cend(),
                       [](const FindingRecord& finding) { return !finding.masked.isEmpty(); });
}

QString FindingsModel::detailsText(int row) const
{
    if (row < 0 || row >= m_findings.size())
        return {};
    const FindingRecord& finding = m_findings.at(row);
    // A key inside a backup says so: "Inside the backup file backup.zip: site/.env".
    QString place = finding.archive.isEmpty() ? finding.location
                                              : BackupFindingText::where(finding.location, finding.archive);
    if (!finding.commit.isEmpty()) // "In the history of /srv/site: .env, commit 1a2b3c4 of ..."
        place = GitHistoryText::where(finding);
    const QString where = finding.line > 0 ? tr("%1, line %2").arg(place).arg(finding.line) : place;
    QString text = finding.title + u'\n' + tr("Where: %1").arg(where);
    if (!finding.masked.isEmpty())
        text += u'\n' + tr("Value (hidden in part): %1").arg(finding.masked);
    const auto resolved = m_resolved.constFind(finding.identity());
    if (resolved != m_resolved.cend())
        text += u'\n' + *resolved;
    else
        text += u'\n' + tr("What to do: %1").arg(finding.advice);
    return text;
}
