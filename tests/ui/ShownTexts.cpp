#include "ShownTexts.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>

using namespace Qt::StringLiterals;

QString describe(const QWidget* widget)
{
    QString name = widget->objectName();
    for (const QObject* up = widget->parent(); name.isEmpty() && up; up = up->parent()) {
        if (!up->objectName().isEmpty())
            name = u"in "_s + up->objectName();
    }
    return u"%1 %2"_s.arg(QString::fromLatin1(widget->metaObject()->className()), name);
}

namespace {

// The headers only: the cells hold the account's own names, which may be anything.
void addHeaderTexts(QList<ShownText>& texts, const QWidget* view, const QAbstractItemModel* model)
{
    if (!model)
        return;
    const QString where = describe(view);
    for (int column = 0; column < model->columnCount(); ++column)
        texts.append({where + u" header"_s, model->headerData(column, Qt::Horizontal).toString()});
}

} // namespace

QList<ShownText> shownTexts(QWidget* window)
{
    QList<ShownText> texts{{u"window title"_s, window->windowTitle()}};
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible())
            continue;
        const QString where = describe(widget);
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            texts.append({where, label->text()});
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            texts.append({where, button->text()});
        } else if (auto* box = qobject_cast<QGroupBox*>(widget)) {
            texts.append({where, box->title()});
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int tab = 0; tab < tabs->count(); ++tab)
                texts.append({where + u" tab"_s, tabs->tabText(tab)});
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int item = 0; item < combo->count(); ++item)
                texts.append({where + u" item"_s, combo->itemText(item)});
        } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            texts.append({where + u" placeholder"_s, edit->placeholderText()});
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
            texts.append({where + u" placeholder"_s, plain->placeholderText()});
        } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
            if (!qobject_cast<QHeaderView*>(view))
                addHeaderTexts(texts, view, view->model());
        }
    }
    // A text of several lines may join several messages, one a line.
    const qsizetype whole = texts.size();
    for (qsizetype at = 0; at < whole; ++at) {
        if (texts.at(at).text.contains(u'\n')) {
            const QStringList lines = texts.at(at).text.split(u'\n', Qt::SkipEmptyParts);
            for (const QString& line : lines)
                texts.append({texts.at(at).where + u" line"_s, line});
        }
    }
    texts.removeIf([](const ShownText& shown) { return shown.text.trimmed().isEmpty(); });
    return texts;
}

QStringList cutOffTexts(QWidget* root)
{
    QStringList problems;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible())
            continue;
        const auto problem = [&](const QString& text, const QString& how) {
            problems.append(u"%1 \"%2\" is cut off %3"_s.arg(describe(widget), text.left(80), how));
        };
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height() + 1)
                    problem(label->text(),
                            u"at the bottom (needs %1 px, has %2)"_s.arg(needed).arg(label->height()));
            } else {
                const QSize needed = label->sizeHint();
                if (needed.width() > label->width() + 1)
                    problem(label->text(),
                            u"at the right (needs %1 px, has %2)"_s.arg(needed.width()).arg(label->width()));
                else if (needed.height() > label->height() + 1)
                    problem(
                        label->text(),
                        u"at the bottom (needs %1 px, has %2)"_s.arg(needed.height()).arg(label->height()));
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            if (button->text().isEmpty())
                continue;
            const int needed = button->sizeHint().width();
            if (needed > button->width() + 1)
                problem(button->text(), u"(needs %1 px, has %2)"_s.arg(needed).arg(button->width()));
        }
    }
    return problems;
}
