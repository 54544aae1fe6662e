#include "StatusAnnouncer.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace {

// Marks a label that a StatusAnnouncer follows, for the accessibility factory below.
constexpr char followedProperty[] = "mraStatusAnnouncer";

// What assistive technology sees of a followed label: a notification whose name is the text on
// screen. A plain QLabel with an accessible name hides its text behind that name.
class StatusLabelAccessible : public QAccessibleWidget
{
public:
    explicit StatusLabelAccessible(QLabel* label)
        : QAccessibleWidget(label, QAccessible::Notification)
    {}

    QString text(QAccessible::Text t) const override
    {
        auto* label = static_cast<QLabel*>(widget());
        const QString shown = label->text().trimmed();
        if (t == QAccessible::Name)
            return shown.isEmpty() ? label->accessibleName() : shown;
        if (t == QAccessible::Description && label->accessibleDescription().isEmpty() &&
            label->accessibleName() != shown)
            return label->accessibleName();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface* statusLabelFactory(const QString& className, QObject* object)
{
    if (className == "QLabel"_L1 && object && object->property(followedProperty).toBool())
        return new StatusLabelAccessible(static_cast<QLabel*>(object));
    return nullptr;
}

} // namespace

StatusAnnouncer* StatusAnnouncer::follow(QLabel* label)
{
    static const bool installed = [] {
        QAccessible::installFactory(statusLabelFactory);
        return true;
    }();
    Q_UNUSED(installed);
    label->setProperty(followedProperty, true);
    // An interface made before (setAccessibleName makes one while a screen reader listens)
    // would stay a plain label: forget it, so the next question gets the notification.
    if (QAccessible::isActive()) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(label);
        if (iface && !dynamic_cast<StatusLabelAccessible*>(iface))
            QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(iface));
    }
    return new StatusAnnouncer(label);
}

void StatusAnnouncer::setTone(QLabel* label, Tone tone)
{
    if (auto* announcer = label->findChild<StatusAnnouncer*>(QString(), Qt::FindDirectChildrenOnly))
        announcer->m_tone = tone;
}

StatusAnnouncer::StatusAnnouncer(QLabel* label)
    : QObject(label)
    , m_label(label)
    , m_announced(label->text())
{
    m_deferred.setSingleShot(true);
    connect(&m_deferred, &QTimer::timeout, this, &StatusAnnouncer::announceIfChanged);
    label->installEventFilter(this);
}

bool StatusAnnouncer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_label && event->type() == QEvent::Paint)
        announceIfChanged();
    return QObject::eventFilter(watched, event);
}

void StatusAnnouncer::announceIfChanged()
{
    if (!m_label || !m_label->isVisible())
        return;
    const QString text = m_label->text().trimmed();
    if (text == m_announced)
        return;
    if (text.isEmpty()) { // cleared: nothing to say, but the next text is news again
        m_announced.clear();
        return;
    }
    if (m_sinceLast.isValid() && m_sinceLast.elapsed() < minimumGapMs) {
        if (!m_deferred.isActive())
            m_deferred.start(minimumGapMs - static_cast<int>(m_sinceLast.elapsed()));
        return;
    }
    announce(text);
}

void StatusAnnouncer::announce(const QString& text)
{
    m_announced = text;
    m_sinceLast.start();
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent nameChanged(m_label.data(), QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    QAccessibleEvent shown(m_label.data(), QAccessible::ObjectShow);
    QAccessible::updateAccessibility(&shown);
    if (m_tone == Tone::Problem) {
        QAccessibleEvent alert(m_label.data(), QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}
