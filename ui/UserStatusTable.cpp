#include "UserStatusTable.h"

#include "ReadOnlyTable.h"
#include "ResetLinkCountdown.h"
#include "StateIcon.h"
#include "models/PlainToolTip.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

UserStatusTable::UserStatusTable(Kind kind, bool practice, QWidget* parent)
    : QTableView(parent)
    , m_users(new UserStatusModel(kind, this))
    , m_practice(practice)
{
    const bool passwords = kind == Kind::Passwords;
    setObjectName(passwords ? u"userPasswordsTable"_s : u"twoFactorTable"_s);
    setAccessibleName(passwords ? tr("Users of the account and whether each has a new password")
                                : tr("Users of the account and whether each has two-factor sign-in"));
    setModel(m_users);
    setUpReadOnlyTable(this, Qt::ElideNone, false);
    // A long name or address wraps instead of ending in "…".
    wrapCellText(this, maximumRowsHeight);
    setFocusPolicy(Qt::TabFocus);
    setIconSize(QSize(stateIconSize, stateIconSize));
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(PersonColumn, QHeaderView::Stretch);
    setColumnWidth(RoleColumn, 95);
    setColumnWidth(StateColumn, passwords ? 90 : 100);
    setColumnWidth(DoneColumn, 75);
    fitActionColumn();

    // The buttons follow the rows: new ones after a reset, changed ones after a refresh.
    connect(m_users, &QAbstractItemModel::modelReset, this, [this] {
        m_buttons.clear();
        m_countdowns.clear();
        rebuildActionCells(0, m_users->rowCount() - 1);
    });
    connect(m_users, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                rebuildActionCells(topLeft.row(), bottomRight.row());
            });
}

void UserStatusTable::setUsers(const QList<UserStatus>& users)
{
    m_users->setUsers(users);
    resizeRowsToContents();
    // As tall as its rows, so the guide below keeps its room; a long list scrolls instead.
    fitTableHeight(this, maximumRowsHeight);
}

void UserStatusTable::setResetLinkOpenedAt(const QString& userId, const QDateTime& openedAt)
{
    m_openedAt.insert(userId, openedAt);
    if (ResetLinkCountdown* countdown = m_countdowns.value(userId))
        countdown->setOpenedAt(openedAt);
}

void UserStatusTable::forgetActionCell(const QString& userId)
{
    m_buttons.remove(userId);
    m_countdowns.remove(userId);
}

void UserStatusTable::rebuildActionCells(int firstRow, int lastRow)
{
    for (int row = std::max(firstRow, 0); row <= lastRow && row < m_users->rowCount(); ++row) {
        forgetActionCell(m_users->status(row).user.id);
        // Replacing the index widget deletes the old cell with its button and countdown.
        setIndexWidget(m_users->index(row, ActionColumn), makeActionCell(row));
    }
    fitActionColumn();
    orderTabs();
}

void UserStatusTable::fitActionColumn()
{
    // The buttons' words are longer in some languages: the column is as wide as its widest
    // cell, and the person's column gives up the room.
    int width = m_users->kind() == Kind::Passwords ? 180 : 130;
    for (int row = 0; row < m_users->rowCount(); ++row) {
        if (const QWidget* cell = indexWidget(m_users->index(row, ActionColumn)))
            width = std::max(width, cell->sizeHint().width());
    }
    setColumnWidth(ActionColumn, width);
}

void UserStatusTable::orderTabs()
{
    // Tab leaves the table for its buttons, top to bottom, then goes on to what follows.
    QWidget* previous = this;
    for (int row = 0; row < m_users->rowCount(); ++row) {
        if (QPushButton* button = m_buttons.value(m_users->status(row).user.id)) {
            setTabOrder(previous, button);
            previous = button;
        }
    }
}

QWidget* UserStatusTable::makeActionCell(int row)
{
    const UserStatus& status = m_users->status(row);
    auto* cell = new QWidget;
    auto* layout = new QHBoxLayout(cell);
    layout->setContentsMargins(4, 2, 4, 2);
    if (m_users->isDone(row)) {
        layout->addStretch(1);
        return cell;
    }
    const QString userId = status.user.id;
    QPushButton* button = makeActionButton(status.user, cell);
    connect(button, &QPushButton::clicked, this, [this, userId] { Q_EMIT actionClicked(userId); });
    layout->addWidget(button);
    m_buttons.insert(userId, button);

    if (m_users->kind() == Kind::Passwords) {
        auto* countdown = new ResetLinkCountdown(cell);
        countdown->setObjectName(u"userResetCountdown_"_s + userId);
        layout->addWidget(countdown);
        m_countdowns.insert(userId, countdown);
        countdown->setOpenedAt(m_openedAt.value(userId));
    }
    layout->addStretch(1);
    return cell;
}

QPushButton* UserStatusTable::makeActionButton(const AccountUser& user, QWidget* parent)
{
    const QString name = UserStatusModel::displayName(user);
    auto* button = new QPushButton(parent);
    if (m_users->kind() == Kind::Passwords) {
        button->setObjectName(u"userResetButton_"_s + user.id);
        if (m_practice) {
            button->setText(tr("Practice reset"));
            button->setAccessibleName(tr("Practice: pretend %1 reset their password").arg(name));
            button->setToolTip(
                plainToolTip(tr("Practice account only: pretends that %1 asked for a reset email and chose "
                                "a new password. Click Refresh afterwards to check.")
                                 .arg(name)));
        } else {
            button->setText(tr("Reset..."));
            button->setAccessibleName(tr("Open Mailgun's password reset page for %1").arg(name));
            button->setToolTip(
                plainToolTip(tr("Opens Mailgun's password reset page in your browser and copies %1 so you "
                                "can paste it there.")
                                 .arg(user.email)));
        }
    } else {
        button->setObjectName(u"userTfaButton_"_s + user.id);
        if (m_practice) {
            button->setText(tr("Practice: turn on"));
            button->setAccessibleName(tr("Practice: pretend %1 turned on two-factor sign-in").arg(name));
            button->setToolTip(
                plainToolTip(tr("Practice account only: pretends that %1 turned on two-factor sign-in. "
                                "Click Refresh afterwards to check.")
                                 .arg(name)));
        } else {
            button->setText(tr("Copy how-to"));
            button->setAccessibleName(tr("Copy instructions for %1 to turn on two-factor sign-in").arg(name));
            button->setToolTip(
                plainToolTip(tr("Copies a short message for %1 that explains how to turn on two-factor "
                                "sign-in. Paste it into an email to them.")
                                 .arg(name)));
        }
    }
    return button;
}
