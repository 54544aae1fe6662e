#include "investigate/InvestigateLog.h"

Q_LOGGING_CATEGORY(lcInvestigate, "mra.investigate", QtInfoMsg)
