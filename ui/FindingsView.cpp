#include "FindingsView.h"

#include "FindingsTable.h"
#include "PlainLabel.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FindingsView::FindingsView(const QString& tableName, QWidget* parent)
    : QWidget(parent)
    , m_table(new FindingsTable(tableName, this))
    , m_details(makePlainLabel(tableName + u"Details"_s, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(6);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();
    layout->addWidget(m_details);
    connect(m_table, &FindingsTable::selectedFindingChanged, this, &FindingsView::updateDetails);
    connect(m_table, &FindingsTable::refilled, this, &FindingsView::updateDetails);
}

void FindingsView::updateDetails()
{
    const QString text = m_table->detailsText();
    m_details->setText(text);
    m_details->setVisible(!text.isEmpty());
}
