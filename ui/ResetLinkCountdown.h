#pragma once

#include <QDateTime>
#include <QLabel>

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

private:
    void tick();

    QDateTime m_openedAt;
    QTimer* m_timer = nullptr;
};
