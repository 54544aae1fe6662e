#pragma once

#include <Qt>

// The roles the models of app/models add to Qt's own. The views in ui/ turn them into fonts,
// colours and icons, which are widget matters the models leave alone.
namespace ModelRoles {
enum Role : int
{
    IdRole = Qt::UserRole, // the row's stable id on every column: key id, login key, user id...
    SortRole,              // what a QSortFilterProxyModel sorts by: dates as dates, severities by rank
    EmphasisRole,          // true: shown in bold (a note the admin must read)
    DimmedRole,            // true: shown greyed (dealt with already)
    DoneRole,              // on a status column: true done, false still to do (shown as an icon)
    LinesRole,             // true: the text is lines joined by '\n', each made one line already (shown so)
};
} // namespace ModelRoles
