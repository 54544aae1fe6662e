#pragma once

#include "recovery/StepGuide.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class RecoverySession;

// Shows one StepGuide: why the step matters, what to do in the Control Panel, the links the
// user needs, and the checklist they tick item by item. Ticking an item confirms it in the
// RecoverySession, which records it in the journal.
class GuidedChecklistWidget : public QWidget
{
    Q_OBJECT

public:
    GuidedChecklistWidget(RecoverySession* session, const StepGuide& guide, QWidget* parent = nullptr);

    const StepGuide& guide() const { return m_guide; }
    QCheckBox* checkBox(const QString& itemId) const { return m_boxes.value(itemId); }
    int confirmedCount() const;

Q_SIGNALS:
    void confirmationsChanged();

private:
    QLabel* addHeading(const QString& text);
    void addInstructions();
    void addLinks();
    void addChecklist();
    void syncFromSession();

    RecoverySession* m_session;
    StepGuide m_guide;
    QHash<QString, QCheckBox*> m_boxes;
};
