#include "InvestigatePage.h"

InvestigatePage::InvestigatePage(RecoverySession* session, QWidget* parent)
    : GuidedStepPage(RecoveryStep::Investigate, session, parent)
{}
