#include "UiLog.h"

Q_LOGGING_CATEGORY(lcUi, "mra.ui", QtInfoMsg)
