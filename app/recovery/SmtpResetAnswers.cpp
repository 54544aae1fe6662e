#include "recovery/SmtpResetAnswers.h"

using namespace Qt::StringLiterals;

namespace SmtpResetAnswers {

bool isAmbiguous(const ApiError& error)
{
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
           error.kind == ApiError::Kind::BadResponse || error.kind == ApiError::Kind::ServerError;
}

bool keychainIsDown(SecretStore::Status status)
{
    return status == SecretStore::Status::Unavailable || status == SecretStore::Status::AccessDenied ||
           status == SecretStore::Status::TimedOut;
}

bool refusesEverything(const ApiError& error)
{
    return error.kind == ApiError::Kind::Forbidden || error.kind == ApiError::Kind::KeyRefused ||
           error.kind == ApiError::Kind::AccountDisabled;
}

bool isAlreadySet(const ApiError& error)
{
    return error.kind == ApiError::Kind::BadRequest &&
           error.serverMessage.contains(u"same as old password"_s, Qt::CaseInsensitive);
}

} // namespace SmtpResetAnswers
