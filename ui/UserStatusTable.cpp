#include "UserStatusTable.h"

#include "ResetLinkCountdown.h"
#include "StateIcon.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

UserStatusTable::UserStatusTable(Kind kind, bool practice, QWidget* parent)
    : QTableWidget(0, ColumnCount, parent)
    , m_kind(kind)
    , m_practice(practice)
{
    const bool passwords = kind == Kind::Passwords;
    setObjectName(passwords ? u"userPasswordsTable"_s : u"twoFactorTable"_s);
    setAccessibleName(passwords ? tr("Users of the account and whether each has a new password")
                                : tr("Users of the account and whether each has two-factor sign-in"));
    setHorizontalHeaderLabels({tr("Person"), tr("Role"), passwords ? tr("Last change") : tr("Two-factor"),
                               tr("Status"), passwords ? tr("Reset link") : tr("Help them")});
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFocusPolicy(Qt::TabFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setWordWrap(false);
    setIconSize(QSize(stateIconSize, stateIconSize));
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(PersonColumn, QHeaderView::Stretch);
    setColumnWidth(RoleColumn, 95);
    setColumnWidth(StateColumn, passwords ? 90 : 100);
    setColumnWidth(DoneColumn, 75);
    setColumnWidth(ActionColumn, passwords ? 180 : 130);
    horizontalHeaderItem(StateColumn)
        ->setToolTip(passwords ? tr("When the password was last changed")
                               : tr("Whether two-factor sign-in is on"));
    fitHeightToRows();
}

void UserStatusTable::fitHeightToRows()
{
    // As tall as its rows, so the guide below keeps its room; a long list scrolls instead.
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    const int rows = std::max(rowCount(), 1);
    for (int row = 0; row < rows; ++row)
        height += row < rowCount() ? std::max(rowHeight(row), verticalHeader()->sectionSizeHint(row))
                                   : verticalHeader()->defaultSectionSize();
    setFixedHeight(std::min(height, maximumRowsHeight));
}

QString UserStatusTable::roleText(const AccountUser& user)
{
    QString role;
    if (user.role == u"admin"_s)
        role = tr("Admin");
    else if (user.role == u"developer"_s)
        role = tr("Developer");
    else if (user.role == u"basic"_s)
        role = tr("Analyst");
    else if (user.role == u"support"_s)
        role = tr("Support");
    else if (user.role == u"billing"_s)
        role = tr("Billing");
    else
        role = user.role;
    return user.isMaster ? tr("%1, owner").arg(role) : role;
}

bool UserStatusTable::isDone(const UserStatus& status) const
{
    return m_kind == Kind::Passwords ? status.passwordChanged : status.tfaActive;
}

int UserStatusTable::rowOf(const QString& userId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, PersonColumn)->data(Qt::UserRole).toString() == userId)
            return row;
    }
    return -1;
}

void UserStatusTable::setUsers(const QList<UserStatus>& users)
{
    clearContents();
    m_buttons.clear();
    m_countdowns.clear();
    setRowCount(static_cast<int>(users.size()));
    for (int row = 0; row < users.size(); ++row)
        fillRow(row, users.at(row));
    resizeRowsToContents();
    fitHeightToRows();
}

void UserStatusTable::setResetLinkOpenedAt(const QString& userId, const QDateTime& openedAt)
{
    m_openedAt.insert(userId, openedAt);
    if (ResetLinkCountdown* countdown = m_countdowns.value(userId))
        countdown->setOpenedAt(openedAt);
}

void UserStatusTable::fillRow(int row, const UserStatus& status)
{
    const AccountUser& user = status.user;
    const QString name = user.name.isEmpty() ? user.email : user.name;
    auto* person = new QTableWidgetItem(name + u'\n' + user.email);
    person->setData(Qt::UserRole, user.id);
    person->setToolTip(name + u'\n' + user.email);
    setItem(row, PersonColumn, person);

    setItem(row, RoleColumn, new QTableWidgetItem(roleText(user)));

    QString state;
    if (m_kind == Kind::Passwords) {
        state = user.passwordUpdatedAt.isValid()
                    ? QLocale().toString(user.passwordUpdatedAt.toLocalTime().date(), QLocale::ShortFormat)
                    : tr("Never");
    } else {
        state = status.tfaActive ? tr("On") : status.tfaStartedOnly ? tr("Not finished") : tr("Off");
    }
    auto* stateItem = new QTableWidgetItem(state);
    if (m_kind == Kind::TwoFactor && status.tfaStartedOnly)
        stateItem->setToolTip(tr("Turned on, but the code from the phone app was never confirmed."));
    setItem(row, StateColumn, stateItem);

    const bool done = isDone(status);
    auto* doneItem = new QTableWidgetItem(done ? tr("Done") : tr("To do"));
    doneItem->setIcon(
        QIcon(paintStateIcon(done ? StateIcon::Done : StateIcon::Todo, palette(), devicePixelRatioF())));
    setItem(row, DoneColumn, doneItem);

    setCellWidget(row, ActionColumn, makeActionCell(status));
}

QWidget* UserStatusTable::makeActionCell(const UserStatus& status)
{
    const AccountUser& user = status.user;
    const QString name = user.name.isEmpty() ? user.email : user.name;
    auto* cell = new QWidget;
    auto* layout = new QHBoxLayout(cell);
    layout->setContentsMargins(4, 2, 4, 2);

    if (isDone(status)) {
        layout->addStretch(1);
        return cell;
    }
    auto* button = new QPushButton(cell);
    if (m_kind == Kind::Passwords) {
        button->setObjectName(u"userResetButton_"_s + user.id);
        if (m_practice) {
            button->setText(tr("Practice reset"));
            button->setAccessibleName(tr("Practice: pretend %1 reset their password").arg(name));
            button->setToolTip(tr("Practice account only: pretends that %1 asked for a reset email and chose "
                                  "a new password. Click Refresh afterwards to check.")
                                   .arg(name));
        } else {
            button->setText(tr("Reset..."));
            button->setAccessibleName(tr("Open Mailgun's password reset page for %1").arg(name));
            button->setToolTip(tr("Opens Mailgun's password reset page in your browser and copies %1 so you "
                                  "can paste it there.")
                                   .arg(user.email));
        }
    } else {
        button->setObjectName(u"userTfaButton_"_s + user.id);
        if (m_practice) {
            button->setText(tr("Practice: turn on"));
            button->setAccessibleName(tr("Practice: pretend %1 turned on two-factor sign-in").arg(name));
            button->setToolTip(tr("Practice account only: pretends that %1 turned on two-factor sign-in. "
                                  "Click Refresh afterwards to check.")
                                   .arg(name));
        } else {
            button->setText(tr("Copy how-to"));
            button->setAccessibleName(tr("Copy instructions for %1 to turn on two-factor sign-in").arg(name));
            button->setToolTip(tr("Copies a short message for %1 that explains how to turn on two-factor "
                                  "sign-in. Paste it into an email to them.")
                                   .arg(name));
        }
    }
    const QString userId = user.id;
    connect(button, &QPushButton::clicked, this, [this, userId] { Q_EMIT actionClicked(userId); });
    layout->addWidget(button);
    m_buttons.insert(userId, button);

    if (m_kind == Kind::Passwords) {
        auto* countdown = new ResetLinkCountdown(cell);
        countdown->setObjectName(u"userResetCountdown_"_s + userId);
        layout->addWidget(countdown);
        m_countdowns.insert(userId, countdown);
        countdown->setOpenedAt(m_openedAt.value(userId));
    }
    layout->addStretch(1);
    return cell;
}
