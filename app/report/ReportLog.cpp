#include "report/ReportLog.h"

Q_LOGGING_CATEGORY(lcReport, "mra.report", QtInfoMsg)
