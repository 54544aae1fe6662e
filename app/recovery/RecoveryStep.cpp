#include "recovery/RecoveryStep.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// The stable names, stored in the journal: never rename one.
struct StepId
{
    RecoveryStep step;
    QLatin1StringView id;
};

constexpr StepId stepIds[] = {
    {RecoveryStep::Investigate, "investigate"_L1},
    {RecoveryStep::ApiKey, "api-key"_L1},
    {RecoveryStep::SmtpCredentials, "smtp-credentials"_L1},
    {RecoveryStep::UserPasswords, "user-passwords"_L1},
    {RecoveryStep::TwoFactor, "two-factor"_L1},
    {RecoveryStep::ReportToSupport, "report"_L1},
};

} // namespace

QString recoveryStepId(RecoveryStep step)
{
    for (const StepId& name : stepIds) {
        if (name.step == step)
            return name.id;
    }
    return {};
}

bool recoveryStepFromId(const QString& id, RecoveryStep* step)
{
    for (const StepId& name : stepIds) {
        if (name.id == id) {
            *step = name.step;
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
