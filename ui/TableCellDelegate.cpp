#include "TableCellDelegate.h"

#include "StateIcon.h"
#include "mailgun/UntrustedText.h"
#include "models/ModelRoles.h"

#include <QWidget>

TableCellDelegate::TableCellDelegate(QObject* parent, Qt::TextElideMode elideMode)
    : QStyledItemDelegate(parent)
    , m_elideMode(elideMode)
{}

void TableCellDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Names, logins and descriptions come from the account: nothing in them may turn the
    // text around or hide part of it.
    if (index.data(ModelRoles::LinesRole).toBool()) {
        // The model made each line safe; Qt has turned its line feeds into line separators.
        QStringList lines = option->text.replace(u'\n', QChar::LineSeparator).split(QChar::LineSeparator);
        for (QString& line : lines)
            line = UntrustedText::oneLine(line);
        option->text = lines.join(QChar::LineSeparator);
    } else {
        option->text = UntrustedText::oneLine(option->text);
    }
    option->textElideMode = m_elideMode;
    // In a table that wraps, a login or an address may break after '@' and '.', not only at
    // spaces: otherwise its middle would run past the cell's edge and be hidden.
    if (option->features.testFlag(QStyleOptionViewItem::WrapText)) {
        for (const QChar breakAfter : {QChar(u'@'), QChar(u'.')})
            option->text.replace(breakAfter, QString(breakAfter) + QChar(0x200B)); // zero-width space
    }
    if (index.data(ModelRoles::EmphasisRole).toBool())
        option->font.setBold(true);
    if (index.data(ModelRoles::DimmedRole).toBool())
        option->palette.setBrush(QPalette::Text, option->palette.brush(QPalette::Disabled, QPalette::Text));
    const QVariant done = index.data(ModelRoles::DoneRole);
    if (done.isValid()) {
        const qreal ratio = option->widget ? option->widget->devicePixelRatioF() : 1.0;
        option->icon =
            QIcon(paintStateIcon(done.toBool() ? StateIcon::Done : StateIcon::Todo,
                                 option->widget ? option->widget->palette() : option->palette, ratio));
        option->decorationSize = QSize(stateIconSize, stateIconSize);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}
