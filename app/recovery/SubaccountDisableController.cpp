#include "recovery/SubaccountDisableController.h"

#include "mailgun/MailgunClient.h"
#include "mailgun/UntrustedText.h"
#include "mailgun/api/SubaccountStatusText.h"
#include "mailgun/api/SubaccountsApi.h"
#include "recovery/Journal.h"
#include "recovery/RecoveryLog.h"

using namespace Qt::StringLiterals;

SubaccountDisableController::SubaccountDisableController(MailgunClient* client, Journal* journal,
                                                         QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{}

QString SubaccountDisableController::effectText()
{
    return tr("Disabling stops the subaccount's API keys from working and makes its dashboard read-only. "
              "Its keys, domains and history stay as evidence. You can enable it again later in the Control "
              "Panel.");
}

QString SubaccountDisableController::question(const QString& name)
{
    return tr("Disable the subaccount \u201c%1\u201d?").arg(UntrustedText::forDisplay(name)) + u' ' +
           effectText();
}

bool SubaccountDisableController::disable(const QString& subaccountId, const QString& name)
{
    if (m_running || !m_client)
        return false;
    m_running = true;
    m_id = subaccountId;
    m_name = name;
    QString error;
    if (!m_journal->append(SubaccountDisableEntry::sent, {{u"subaccount_id"_s, m_id}, {u"name"_s, m_name}},
                           &error)) {
        done(false, tr("The subaccount was not disabled, because the record of your recovery could not be "
                       "saved."));
        return true;
    }
    SubaccountsApi(*m_client).disable(
        m_id, u"Not recognised by the account owner (Mailgun Recovery Assistant)"_s, this,
        [this](ApiResult<Subaccount> result) { readBack(result.ok() ? ApiError() : result.error); });
    return true;
}

void SubaccountDisableController::readBack(const ApiError& requestError)
{
    SubaccountsApi(*m_client).list(this, [this, requestError](ApiResult<QList<Subaccount>> result) {
        const QString shownName = UntrustedText::forDisplay(m_name);
        if (!result.ok()) {
            const ApiError& error = requestError.isError() ? requestError : result.error;
            done(false,
                 tr("It is not known whether the subaccount \u201c%1\u201d is disabled: Mailgun's list of "
                    "subaccounts could not be read. Check it in the Control Panel.")
                         .arg(shownName) +
                     u' ' + error.userMessage(),
                 {{u"error"_s, error.code()}});
            return;
        }
        for (const Subaccount& sub : std::as_const(result.value)) {
            if (sub.id != m_id)
                continue;
            if (sub.status == u"disabled"_s) {
                done(true, tr("The subaccount \u201c%1\u201d is disabled.").arg(shownName),
                     {{u"status"_s, sub.status}});
                return;
            }
            QString message = tr("Mailgun did not disable the subaccount \u201c%1\u201d; it is still %2.")
                                  .arg(shownName, SubaccountStatusText::word(sub.status));
            if (requestError.isError())
                message += u' ' + requestError.userMessage();
            done(false, message, {{u"status"_s, sub.status}, {u"error"_s, requestError.code()}});
            return;
        }
        done(false, tr("Mailgun no longer lists the subaccount \u201c%1\u201d.").arg(shownName),
             {{u"status"_s, u"missing"_s}});
    });
}

void SubaccountDisableController::done(bool disabled, const QString& message, const QJsonObject& extra)
{
    QJsonObject data{{u"subaccount_id"_s, m_id}, {u"name"_s, m_name}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        data.insert(it.key(), it.value());
    QString error;
    if (!m_journal->append(disabled ? SubaccountDisableEntry::disabled : SubaccountDisableEntry::failed, data,
                           &error))
        qCWarning(lcRecovery, "journal: the outcome of disabling a subaccount could not be recorded");
    m_running = false;
    Q_EMIT finished(m_id, disabled, message);
}
