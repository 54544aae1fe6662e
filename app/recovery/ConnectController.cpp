#include "recovery/ConnectController.h"

#include "mailgun/KeyFormat.h"
#include "mailgun/MailgunClient.h"
#include "mailgun/api/KeysApi.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

bool isReachabilityError(const ApiError& error)
{
    using Kind = ApiError::Kind;
    return error.kind == Kind::Network || error.kind == Kind::Timeout || error.kind == Kind::Tls ||
           error.kind == Kind::ServerError || error.kind == Kind::RateLimited ||
           error.kind == Kind::BadResponse || error.kind == Kind::InsecureUrl;
}

} // namespace

ConnectController::ConnectController(QObject* parent)
    : QObject(parent)
{}

void ConnectController::check(MailgunClient* client, const Secret& key)
{
    cancel();
    ++m_generation;
    m_running = true;
    m_client = client;
    m_result = Result();

    const KeyFormat::Shape shape = KeyFormat::classify(key.reveal());
    if (!KeyFormat::isUsable(shape)) {
        Result result;
        result.outcome = Outcome::BadFormat;
        result.error.serverMessage = KeyFormat::hint(shape);
        const int generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation, result] {
                if (generation == m_generation)
                    complete(result);
            },
            Qt::QueuedConnection);
        return;
    }
    client->setApiKey(Secret(key.reveal().trimmed()));
    probeRegions();
}

void ConnectController::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // answers of the cancelled check are ignored
    m_running = false;
}

void ConnectController::probeRegions()
{
    Q_EMIT progress(QCoreApplication::translate("ConnectController",
                                                "Checking the key with Mailgun in the US and the EU…"));
    const int generation = m_generation;
    m_pending = static_cast<int>(allRegions.size());
    for (Region region : allRegions) {
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"1"_s);
        m_client->send(ApiRequest::get(region, u"/v4/domains"_s, query), this,
                       [this, generation, region](const ApiResponse& response) {
                           if (generation != m_generation)
                               return;
                           m_regionErrors[static_cast<int>(region)] = response.error;
                           const int count =
                               response.ok() ? response.object().value(u"total_count"_s).toInt(-1) : -1;
                           if (region == Region::Eu)
                               m_result.summary.domainsEu = count;
                           else
                               m_result.summary.domainsUs = count;
                           if (--m_pending == 0)
                               onProbesDone();
                       });
    }
}

void ConnectController::onProbesDone()
{
    const ApiError& us = m_regionErrors[static_cast<int>(Region::Us)];
    const ApiError& eu = m_regionErrors[static_cast<int>(Region::Eu)];
    if (!us.isError() || !eu.isError()) {
        readSummary();
        return;
    }
    // Both regions failed. Keys are global, so an answer about the key from either region
    // decides; a network problem only decides when nothing better is known.
    Result result = m_result;
    const ApiError& decisive = isReachabilityError(us) ? eu : us;
    result.error = decisive;
    switch (decisive.kind) {
    case ApiError::Kind::KeyRefused:
        result.outcome = Outcome::KeyRefused;
        break;
    case ApiError::Kind::AccountDisabled:
        result.outcome = Outcome::AccountDisabled;
        break;
    case ApiError::Kind::Forbidden:
        result.outcome = Outcome::NotAllowed;
        break;
    default:
        result.outcome = Outcome::Unreachable;
        break;
    }
    complete(result);
}

void ConnectController::readSummary()
{
    Q_EMIT progress(QCoreApplication::translate("ConnectController",
                                                "The key works. Reading a summary of your account…"));
    const int generation = m_generation;
    m_pending = 2;
    const QString keyId = KeyFormat::keyIdOf(m_client->apiKey().reveal());
    const bool older = KeyFormat::classify(m_client->apiKey().reveal()) == KeyFormat::Shape::Legacy;
    KeysApi(*m_client).list({}, {}, this, [this, generation, keyId, older](ApiResult<QList<KeyInfo>> keys) {
        if (generation != m_generation)
            return;
        if (keys.ok()) {
            m_result.summary.keys = static_cast<int>(keys.value.size());
            m_result.summary.keyInUseIsOlder = older;
            for (const KeyInfo& key : std::as_const(keys.value)) {
                if (!keyId.isEmpty() && key.id == keyId) {
                    m_result.summary.keyInUseId = keyId;
                    m_result.summary.keyInUseRole = key.role;
                }
            }
        } else {
            m_keysError = keys.error;
        }
        if (--m_pending == 0)
            onSummaryDone();
    });
    QUrlQuery usersQuery;
    usersQuery.addQueryItem(u"limit"_s, u"1"_s);
    m_client->send(ApiRequest::get(Region::Us, u"/v5/users"_s, usersQuery), this,
                   [this, generation](const ApiResponse& response) {
                       if (generation != m_generation)
                           return;
                       if (response.ok())
                           m_result.summary.users = response.object().value(u"total"_s).toInt(-1);
                       if (--m_pending == 0)
                           onSummaryDone();
                   });
}

void ConnectController::onSummaryDone()
{
    Result result = m_result;
    result.summary.checkedAt = QDateTime::currentDateTimeUtc();
    const bool listedKeys = result.summary.keys >= 0;
    const bool adminRole = result.summary.keyInUseRole.isEmpty() || result.summary.keyInUseRole == u"admin"_s;
    if (listedKeys && adminRole) {
        result.outcome = Outcome::Valid;
    } else if (!listedKeys && isReachabilityError(m_keysError)) {
        result.outcome = Outcome::Unreachable;
        result.error = m_keysError;
    } else {
        result.outcome = Outcome::ValidNotAdmin;
        result.error = m_keysError;
    }
    complete(result);
}

void ConnectController::complete(Result result)
{
    m_running = false;
    m_keysError = {};
    Q_EMIT finished(result);
}

QString ConnectController::Result::outcomeId() const
{
    switch (outcome) {
    case Outcome::Valid:
        return u"valid"_s;
    case Outcome::ValidNotAdmin:
        return u"valid-not-admin"_s;
    case Outcome::KeyRefused:
        return u"key-refused"_s;
    case Outcome::AccountDisabled:
        return u"account-disabled"_s;
    case Outcome::NotAllowed:
        return u"not-allowed"_s;
    case Outcome::Unreachable:
        return u"unreachable"_s;
    case Outcome::BadFormat:
        return u"bad-format"_s;
    }
    return {};
}

QString ConnectController::Result::headline() const
{
    switch (outcome) {
    case Outcome::Valid:
        return QCoreApplication::translate("ConnectController",
                                           "Connected. This key works and has full (admin) rights.");
    case Outcome::ValidNotAdmin:
        return QCoreApplication::translate("ConnectController",
                                           "This key works, but it does not have admin rights.");
    case Outcome::KeyRefused:
        return error.keyWorkedEarlier
                   ? QCoreApplication::translate("ConnectController",
                                                 "Mailgun refused this key, which worked a moment ago.")
                   : QCoreApplication::translate("ConnectController", "Mailgun refused this key.");
    case Outcome::AccountDisabled:
        return QCoreApplication::translate("ConnectController", "Mailgun has disabled this account.");
    case Outcome::NotAllowed:
        return QCoreApplication::translate("ConnectController",
                                           "This key works, but it is not allowed to read your account.");
    case Outcome::Unreachable:
        return QCoreApplication::translate("ConnectController", "The program could not reach Mailgun.");
    case Outcome::BadFormat:
        return QCoreApplication::translate("ConnectController", "This is not a Mailgun API key.");
    }
    return {};
}

QString ConnectController::Result::explanation() const
{
    switch (outcome) {
    case Outcome::Valid:
        return QCoreApplication::translate(
            "ConnectController",
            "The program can now use your account. It will always ask before it changes anything.");
    case Outcome::ValidNotAdmin:
        return QCoreApplication::translate(
            "ConnectController",
            "The program can read your account, but it cannot replace keys or passwords for you. "
            "Use a key with the Admin role to let it do that, or go on and do those steps by hand.");
    case Outcome::NotAllowed:
        // 403 (not 401): the key authenticated, so it is not wrong, only too narrow.
        return QCoreApplication::translate(
            "ConnectController",
            "Mailgun accepted the key, but does not let it list your domains. Paste the account's "
            "private API key with the Admin role instead. You find it in the Mailgun Control Panel "
            "under API Security (https://app.mailgun.com/settings/api_security).");
    case Outcome::BadFormat:
        return error.serverMessage;
    case Outcome::KeyRefused:
        return error.refusalCauses(); // the headline says "Mailgun refused this key"
    default:
        return error.userMessage();
    }
}
