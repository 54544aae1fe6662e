#pragma once

#include "GuidedStepPage.h"

class ExtraKeysPanel;
class KeyRotationPanel;

// Step 2: replace the private API key and delete every old one. With the API, the automatic
// area offers to do it (KeyRotationPanel); without it, the page is guided only.
class ApiKeyPage : public GuidedStepPage
{
    Q_OBJECT

public:
    explicit ApiKeyPage(RecoverySession* session, QWidget* parent = nullptr);

    void initializePage() override;
    KeyRotationPanel* rotationPanel() const { return m_panel; }

private:
    KeyRotationPanel* m_panel = nullptr;
    ExtraKeysPanel* m_extraKeys = nullptr;
};
