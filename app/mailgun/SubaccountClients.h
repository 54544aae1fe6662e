#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class MailgunClient;

// One client per subaccount, each sending X-Mailgun-On-Behalf-Of with every request, so the
// typed calls (KeysApi, CredentialsApi, ...) reach a subaccount without a change. Each
// follows the account's client: the same servers and options, and the key that client holds
// at the moment it is asked for (step 2 may have replaced it).
class SubaccountClients : public QObject
{
    Q_OBJECT

public:
    explicit SubaccountClients(MailgunClient* account, QObject* parent = nullptr);

    // The account's own client for an empty id; the subaccount's for a valid id; nullptr for
    // an id that could not go into the header safely, or once the account's client is gone.
    MailgunClient* client(const QString& subaccountId);

private:
    QPointer<MailgunClient> m_account;
    QHash<QString, MailgunClient*> m_clients;
};
