#include "recovery/RecoveryLog.h"

Q_LOGGING_CATEGORY(lcRecovery, "mra.recovery", QtInfoMsg)
