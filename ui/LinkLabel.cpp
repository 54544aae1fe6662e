#include "LinkLabel.h"

#include <QAccessibleWidget>

using namespace Qt::StringLiterals;

namespace {

class LinkLabelAccessible : public QAccessibleWidget
{
public:
    explicit LinkLabelAccessible(LinkLabel* label)
        : QAccessibleWidget(label, QAccessible::Link)
    {}

    QString text(QAccessible::Text t) const override
    {
        const auto* label = static_cast<const LinkLabel*>(widget());
        if (t == QAccessible::Name && label->accessibleName().isEmpty())
            return label->url().toString();
        if (t == QAccessible::Value)
            return label->url().toString();
        return QAccessibleWidget::text(t);
    }

    QStringList actionNames() const override
    {
        return QStringList{pressAction()} + QAccessibleWidget::actionNames();
    }

    void doAction(const QString& name) override
    {
        auto* label = static_cast<LinkLabel*>(widget());
        if (name == pressAction())
            Q_EMIT label->linkActivated(label->url().toString());
        else
            QAccessibleWidget::doAction(name);
    }
};

QAccessibleInterface* linkLabelFactory(const QString& className, QObject* object)
{
    if (className == "LinkLabel"_L1 && object && object->isWidgetType())
        return new LinkLabelAccessible(static_cast<LinkLabel*>(object));
    return nullptr;
}

} // namespace

LinkLabel::LinkLabel(const QUrl& url, const QString& text, QWidget* parent)
    : QLabel(parent)
    , m_url(url)
{
    static const bool installed = [] {
        QAccessible::installFactory(linkLabelFactory);
        return true;
    }();
    Q_UNUSED(installed);
    setTextFormat(Qt::RichText);
    setText(u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                           text.toHtmlEscaped()));
    setWordWrap(true);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setAccessibleName(text);
}
