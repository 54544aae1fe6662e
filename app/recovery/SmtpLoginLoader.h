#pragma once

#include "mailgun/ApiError.h"
#include "recovery/SmtpResetPlan.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class MailgunClient;
class SubaccountClients;

// Step 3's first move, for SmtpResetController: reads every domain of both regions and every
// SMTP login of each, the account's own and those of its open subaccounts (through
// X-Mailgun-On-Behalf-Of). A region or domain that cannot be read is listed in words and the rest
// goes on; an answer that every further request would get too (the key or the account is
// refused) ends the reading at once. Changes nothing.
class SmtpLoginLoader : public QObject
{
    Q_OBJECT

public:
    explicit SmtpLoginLoader(MailgunClient* client, QObject* parent = nullptr);

    // Starts reading (again); loaded() or refused() follows, later.
    void start();

Q_SIGNALS:
    // Every login that could be read, and one sentence per region or domain that could not.
    void loaded(const QList<SmtpLoginRow>& rows, const QStringList& unreadable);
    // The domains could not be read, and trying on would get the same answer.
    void refused(const ApiError& error);

private:
    void listLogins(Region region, const QStringList& domains);
    // SmtpLoginSubaccounts.cpp: the logins of the subaccounts' domains.
    void listSubaccounts();
    void listSubaccountDomains(const QHash<QString, QString>& openNames);
    void listSubaccountLogins(Region region, const QString& domain, const QString& subaccountId,
                              const QString& subaccountName);
    void stepDone();

    QPointer<MailgunClient> m_client;
    SubaccountClients* m_subaccountClients;
    QList<SmtpLoginRow> m_rows;
    QStringList m_unreadable;
    int m_pending = 0; // listings still to come; negative once refused
};
