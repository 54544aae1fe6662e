#include "FindingsTable.h"

#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int tallestTable = 260;

// Paths and addresses keep their start and their end (the file name) when cut short.
class MiddleElideDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace

FindingsTable::FindingsTable(const QString& objectName, QWidget* parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(objectName);
    setAccessibleName(tr("What was found, most serious first"));
    setHorizontalHeaderLabels({tr("How serious"), tr("What"), tr("Where"), tr("Value")});
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setColumnWidth(SeverityColumn, 95);
    setColumnWidth(WhereColumn, 170);
    setColumnWidth(ValueColumn, 95);
    setItemDelegateForColumn(WhereColumn, new MiddleElideDelegate(this));
    hide();
}

QString FindingsTable::severityText(const QString& severity)
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

int FindingsTable::severityRank(const QString& severity)
{
    static const QStringList order{u"critical"_s, u"high"_s, u"medium"_s, u"low"_s, u"info"_s};
    const qsizetype index = order.indexOf(severity);
    return static_cast<int>(index < 0 ? order.size() : index);
}

void FindingsTable::setFindings(QList<FindingRecord> findings)
{
    m_findings = std::move(findings);
    fill();
}

void FindingsTable::addFindings(const QList<FindingRecord>& findings)
{
    m_findings.append(findings);
    fill();
}

void FindingsTable::clearFindings()
{
    m_findings.clear();
    m_resolved.clear();
    fill();
}

void FindingsTable::markResolved(const QString& identity, const QString& note)
{
    m_resolved.insert(identity, note);
    fill();
}

const FindingRecord* FindingsTable::selectedFinding() const
{
    const QList<QTableWidgetItem*> items = selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

void FindingsTable::fill()
{
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const FindingRecord& a, const FindingRecord& b) {
                         return severityRank(a.severity) < severityRank(b.severity);
                     });
    setRowCount(static_cast<int>(m_findings.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const FindingRecord& finding = m_findings.at(row);
        // A web address is shown by its path: the site is the same for every row, and the
        // details below give the whole address.
        const QUrl url(finding.location);
        const bool web = url.scheme() == u"http"_s || url.scheme() == u"https"_s;
        const QString location =
            web ? url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority) : finding.location;
        const QString where = finding.line > 0 ? tr("%1, line %2").arg(location).arg(finding.line) : location;
        const auto resolved = m_resolved.constFind(finding.identity());
        const bool isResolved = resolved != m_resolved.cend();
        const QStringList texts{isResolved ? *resolved : severityText(finding.severity), finding.title, where,
                                finding.masked};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column) + u"\n\n"_s + finding.advice);
            if (isResolved)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            setItem(row, column, item);
        }
    }
    // Only the folder scan and the probe find values; the account review never does.
    setColumnHidden(ValueColumn, std::none_of(m_findings.cbegin(), m_findings.cend(),
                                              [](const FindingRecord& f) { return !f.masked.isEmpty(); }));
    setVisible(!m_findings.isEmpty());
    fitHeightToRows();
    if (!m_findings.isEmpty() && selectedItems().isEmpty())
        selectRow(0);
    Q_EMIT refilled();
}

QString FindingsTable::detailsText() const
{
    const FindingRecord* finding = selectedFinding();
    if (!finding)
        return {};
    const QString where =
        finding->line > 0 ? tr("%1, line %2").arg(finding->location).arg(finding->line) : finding->location;
    QString text = finding->title + u'\n' + tr("Where: %1").arg(where);
    if (!finding->masked.isEmpty())
        text += u'\n' + tr("Value (hidden in part): %1").arg(finding->masked);
    const auto resolved = m_resolved.constFind(finding->identity());
    if (resolved != m_resolved.cend())
        text += u'\n' + *resolved;
    else
        text += u'\n' + tr("What to do: %1").arg(finding->advice);
    return text;
}

void FindingsTable::fitHeightToRows()
{
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    setFixedHeight(std::min(height + 2, tallestTable));
}
