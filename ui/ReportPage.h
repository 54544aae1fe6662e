#pragma once

#include "GuidedStepPage.h"

class ReportPanel;

// Step 6, the last page: tell Mailgun support and the hosting provider. The automatic area
// shows the report to send (ReportPanel); it needs no API, only what the journal recorded,
// so it is there in every mode. The guided checklist below holds Mailgun's reminders.
class ReportPage : public GuidedStepPage
{
    Q_OBJECT

public:
    explicit ReportPage(RecoverySession* session, QWidget* parent = nullptr);

    void initializePage() override;
    ReportPanel* reportPanel() const { return m_panel; }

private:
    ReportPanel* m_panel = nullptr;
};
