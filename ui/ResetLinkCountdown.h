#pragma once

#include <QDateTime>
#include <QLabel>

#include <functional>

class QTimer;

// How long the reset link Mailgun emails to one user still works: "19:42 left", counting
// down each second from when the admin opened the reset page; "Expired: ask again" at the end.
class ResetLinkCountdown : public QLabel
{
    Q_OBJECT

public:
    explicit ResetLinkCountdown(QWidget* parent = nullptr);

    // Starts (or restarts) the countdown; an invalid time hides it.
    void setOpenedAt(const QDateTime& openedAt);
    QDateTime openedAt() const { return m_openedAt; }
    bool hasExpired() const;
    // Tests only: where "now" comes from (the system clock, in UTC, by default).
    void setClockForTests(std::function<QDateTime()> now) { m_now = std::move(now); }

private:
    void tick();

    std::function<QDateTime()> m_now = [] {
        return QDateTime::currentDateTimeUtc();
    };
    QDateTime m_openedAt;
    QTimer* m_timer = nullptr;
};
