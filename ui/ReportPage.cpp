#include "ReportPage.h"

ReportPage::ReportPage(RecoverySession* session, QWidget* parent)
    : GuidedStepPage(RecoveryStep::ReportToSupport, session, parent)
{}
