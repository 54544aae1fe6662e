#pragma once

#include <QList>
#include <QString>

// The six steps of Mailgun's recovery procedure, in order.
enum class RecoveryStep
{
    Investigate,
    ApiKey,
    SmtpCredentials,
    UserPasswords,
    TwoFactor,
    ReportToSupport
};

inline const QList<RecoveryStep>& allRecoverySteps()
{
    static const QList<RecoveryStep> steps{RecoveryStep::Investigate,     RecoveryStep::ApiKey,
                                           RecoveryStep::SmtpCredentials, RecoveryStep::UserPasswords,
                                           RecoveryStep::TwoFactor,       RecoveryStep::ReportToSupport};
    return steps;
}

// Stable name for the journal and JSON ("investigate", "api-key", ...).
QString recoveryStepId(RecoveryStep step);
bool recoveryStepFromId(const QString& id, RecoveryStep* step);
// Short title for the side panel and the page header ("Find the leak", ...).
QString recoveryStepTitle(RecoveryStep step);
