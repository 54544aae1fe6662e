#include "mailgun/MailgunLog.h"

Q_LOGGING_CATEGORY(lcMailgun, "mra.mailgun", QtInfoMsg)
