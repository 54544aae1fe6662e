#include "secrets/SecretsLog.h"

Q_LOGGING_CATEGORY(lcSecrets, "mra.secrets", QtInfoMsg)
