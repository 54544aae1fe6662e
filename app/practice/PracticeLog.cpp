#include "practice/PracticeLog.h"

Q_LOGGING_CATEGORY(lcPractice, "mra.practice", QtInfoMsg)
