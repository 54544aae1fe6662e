#pragma once

#include "GuidedStepPage.h"

// Step 6, the last page: tell Mailgun support and the hosting provider. Later the
// automatic area builds the report to send.
class ReportPage : public GuidedStepPage
{
    Q_OBJECT

public:
    explicit ReportPage(RecoverySession* session, QWidget* parent = nullptr);
};
