#pragma once

#include "GuidedStepPage.h"

#include <QPointer>

class InvestigatePanel;

// Step 1: find out how the credentials leaked, so the new ones do not leak the same way.
// The automatic area looks through the admin's folders and website (no API key needed) and
// reviews the account through the API; the guide below covers what only people can check.
class InvestigatePage : public GuidedStepPage
{
    Q_OBJECT

public:
    explicit InvestigatePage(RecoverySession* session, QWidget* parent = nullptr);

    void initializePage() override;
    InvestigatePanel* panel() const;

private:
    QPointer<InvestigatePanel> m_panel;
};
