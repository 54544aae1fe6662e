#include "recovery/RecoveryStep.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString recoveryStepId(RecoveryStep step)
{
    switch (step) {
    case RecoveryStep::Investigate:
        return u"investigate"_s;
    case RecoveryStep::ApiKey:
        return u"api-key"_s;
    case RecoveryStep::SmtpCredentials:
        return u"smtp-credentials"_s;
    case RecoveryStep::UserPasswords:
        return u"user-passwords"_s;
    case RecoveryStep::TwoFactor:
        return u"two-factor"_s;
    case RecoveryStep::ReportToSupport:
        return u"report"_s;
    }
    return {};
}

bool recoveryStepFromId(const QString& id, RecoveryStep* step)
{
    for (RecoveryStep candidate : allRecoverySteps()) {
        if (recoveryStepId(candidate) == id) {
            *step = candidate;
            return true;
        }
    }
    return false;
}

QString recoveryStepTitle(RecoveryStep step)
{
    switch (step) {
    case RecoveryStep::Investigate:
        return QCoreApplication::translate("RecoveryStep", "Find the leak");
    case RecoveryStep::ApiKey:
        return QCoreApplication::translate("RecoveryStep", "Replace the API key");
    case RecoveryStep::SmtpCredentials:
        return QCoreApplication::translate("RecoveryStep", "Reset SMTP passwords");
    case RecoveryStep::UserPasswords:
        return QCoreApplication::translate("RecoveryStep", "Reset user passwords");
    case RecoveryStep::TwoFactor:
        return QCoreApplication::translate("RecoveryStep", "Turn on two-factor sign-in");
    case RecoveryStep::ReportToSupport:
        return QCoreApplication::translate("RecoveryStep", "Report to Mailgun");
    }
    return {};
}
