#pragma once

#include "GuidedStepPage.h"

// Step 1: find out how the credentials leaked, so the new ones do not leak the same way.
// Guided for now; the automatic folder scan, website probe and account review go in the
// automatic area later.
class InvestigatePage : public GuidedStepPage
{
    Q_OBJECT

public:
    explicit InvestigatePage(RecoverySession* session, QWidget* parent = nullptr);
};
