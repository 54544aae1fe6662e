#pragma once

#include "GuidedStepPage.h"

// Step 2: replace the private API key and delete every old one. Guided for now; creating,
// storing and verifying the new key through the API goes in the automatic area later.
class ApiKeyPage : public GuidedStepPage
{
    Q_OBJECT

public:
    explicit ApiKeyPage(RecoverySession* session, QWidget* parent = nullptr);
};
