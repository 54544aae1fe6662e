#pragma once

#include "WizardPageId.h"

#include <QList>
#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class RecoverySession;

// The list on the left of the wizard: where the user is, and which steps are done. A step is
// done only when every item of its checklist is confirmed, so the list can also tell the
// user, at a glance, what is left after they come back later.
class StepListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StepListPanel(RecoverySession* session, QWidget* parent = nullptr);

    void setCurrentPage(int pageId);
    bool isDone(WizardPageId page) const;
    bool isCurrent(WizardPageId page) const { return static_cast<int>(page) == m_current; }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        WizardPageId page;
        std::optional<RecoveryStep> step;
        QString title;
        QFrame* frame = nullptr;
        QLabel* icon = nullptr;
        QLabel* text = nullptr;
    };

    void addRow(WizardPageId page, std::optional<RecoveryStep> step, const QString& title);
    void refresh();
    void updateRow(Row& row);

    RecoverySession* m_session;
    QList<Row> m_rows;
    QLabel* m_practiceNote = nullptr;
    int m_current = -1;
    int m_furthest = -1; // Welcome and Connect count as done once the user has gone past them
};
