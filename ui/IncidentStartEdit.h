#pragma once

#include <QDateTime>
#include <QWidget>

class QDateTimeEdit;
class QLabel;
class RecoverySession;

// "When did the trouble start?": the moment after which keys, logins, routes and webhooks
// count as new, in every step. Offers the session's value (14 days ago when nobody said),
// and saves a change in the journal, so every step and the report use the same moment.
class IncidentStartEdit : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentStartEdit(RecoverySession* session, QWidget* parent = nullptr);

    // Reads the session's value again (after a mode change or a restart).
    void reload();
    // Sets the moment, as if the admin had typed it.
    void setStart(const QDateTime& start);
    QDateTime start() const;

Q_SIGNALS:
    void startChanged(const QDateTime& start);

private:
    void commit();

    RecoverySession* m_session;
    QDateTimeEdit* m_edit = nullptr;
};
