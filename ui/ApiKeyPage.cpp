#include "ApiKeyPage.h"

ApiKeyPage::ApiKeyPage(RecoverySession* session, QWidget* parent)
    : GuidedStepPage(RecoveryStep::ApiKey, session, parent)
{}
