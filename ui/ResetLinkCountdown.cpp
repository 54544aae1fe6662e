#include "ResetLinkCountdown.h"

#include "recovery/UserStatus.h"

#include <QTimer>

using namespace Qt::StringLiterals;

ResetLinkCountdown::ResetLinkCountdown(QWidget* parent)
    : QLabel(parent)
    , m_timer(new QTimer(this))
{
    setTextFormat(Qt::PlainText);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ResetLinkCountdown::tick);
    hide();
}

void ResetLinkCountdown::setOpenedAt(const QDateTime& openedAt)
{
    m_openedAt = openedAt;
    if (!openedAt.isValid()) {
        m_timer->stop();
        hide();
        return;
    }
    show();
    tick();
}

bool ResetLinkCountdown::hasExpired() const
{
    return m_openedAt.isValid() && ResetLink::secondsLeft(m_openedAt, m_now()) == 0;
}

void ResetLinkCountdown::tick()
{
    const int left = ResetLink::secondsLeft(m_openedAt, m_now());
    if (left > 0) {
        setText(tr("%1 left").arg(ResetLink::clockText(left)));
        setToolTip(tr("The reset link that Mailgun emails works for 20 minutes. This is about how long is "
                      "left."));
        setAccessibleName(
            tr("Reset link: %1 and %2 left")
                .arg(tr("%n minute(s)", nullptr, left / 60), tr("%n second(s)", nullptr, left % 60)));
        if (!m_timer->isActive())
            m_timer->start();
        return;
    }
    m_timer->stop();
    setText(tr("Expired: ask again"));
    setToolTip(tr("The reset link has expired. Click the reset button again to get a new email."));
    setAccessibleName(tr("Reset link expired. Ask for a new one."));
}
