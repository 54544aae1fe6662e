#include "mailgun/SubaccountClients.h"

#include "mailgun/MailgunClient.h"

SubaccountClients::SubaccountClients(MailgunClient* account, QObject* parent)
    : QObject(parent)
    , m_account(account)
{}

MailgunClient* SubaccountClients::client(const QString& subaccountId)
{
    if (!m_account)
        return nullptr;
    if (subaccountId.isEmpty())
        return m_account;
    if (!ApiRequest::isValidSubaccountId(subaccountId))
        return nullptr;
    MailgunClient*& client = m_clients[subaccountId];
    if (!client) {
        client = new MailgunClient(m_account->endpoints(), this);
        client->setOnBehalfOf(subaccountId);
    }
    client->setOptions(m_account->options());
    client->setApiKey(m_account->apiKey());
    return client;
}
