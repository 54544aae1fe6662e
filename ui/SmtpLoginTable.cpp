#include "SmtpLoginTable.h"

#include "ReadOnlyTable.h"
#include "models/SmtpLoginModel.h"

#include <QHeaderView>

#include <utility>

using namespace Qt::StringLiterals;

SmtpLoginTable::SmtpLoginTable(QWidget* parent)
    : QTableView(parent)
    , m_logins(new SmtpLoginModel(this))
{
    setObjectName(u"smtpPlanTable"_s);
    setAccessibleName(tr("Your SMTP logins; ticked logins are deleted, the others get a new password"));
    // A long login wraps onto a second line instead of losing its middle ("postmaster…ters.com"
    // hid which domain it belongs to).
    setUpPlanTable(this, m_logins);
    // The login gets the room.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(SmtpLoginModel::LoginColumn, QHeaderView::Stretch);
    for (const auto& [column, width] : {std::pair{SmtpLoginModel::DeleteColumn, 52},
                                        {SmtpLoginModel::RegionColumn, 56},
                                        {SmtpLoginModel::CreatedColumn, 92},
                                        {SmtpLoginModel::NoteColumn, 110},
                                        {SmtpLoginModel::ResultColumn, 120}})
        setColumnWidth(column, width);
}

void SmtpLoginTable::focusInEvent(QFocusEvent* event)
{
    QTableView::focusInEvent(event);
    if (!currentIndex().isValid() && model() && model()->rowCount() > 0 && model()->columnCount() > 1)
        setCurrentIndex(model()->index(0, 1));
}
