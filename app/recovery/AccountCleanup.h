#pragma once

#include "investigate/AccountFinding.h"
#include "investigate/AccountInventory.h"
#include "mailgun/ApiError.h"
#include "mailgun/Region.h"
#include "mailgun/api/ApiResult.h"

#include <QObject>

#include <functional>

class Journal;
class MailgunClient;
struct CleanupReadBack;

// Removes, through the API, what the account review found copying mail out of the account:
// a forwarding or catch-all route, a webhook to an unknown address (of a domain or of the
// account), an "archive to" address. One at a time, after the admin confirmed it. Each
// removal is journaled before it is sent and with its answer, together with what it removed
// (a route's expression and actions, a webhook's address and events, the archive address),
// so nothing is lost: the report lists it, and the admin can set it up again by hand.
// After each change it reads back what Mailgun holds (CleanupReadBack) and says so.
class AccountCleanup : public QObject
{
    Q_OBJECT

public:
    AccountCleanup(MailgunClient* client, Journal* journal, QObject* parent = nullptr);

    // Whether the program can remove what `finding` is about; `whyNot` says why not, plainly,
    // when the finding is removable in principle (e.g. a webhook event that also goes to
    // one of the admin's own addresses). False without a reason for findings of other kinds.
    static bool canRemove(const AccountFinding& finding, const AccountInventory& inventory,
                          QString* whyNot = nullptr);
    // The question to ask before removing, with what exactly goes and what it means.
    static QString question(const AccountFinding& finding, const AccountInventory& inventory);

    // Removes it; `finished` follows with the outcome. Does nothing while another removal runs.
    void remove(const AccountFinding& finding, const AccountInventory& inventory);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // `message` is a plain sentence about the outcome.
    void finished(bool ok, const QString& message);

private:
    // Records a removal before it is sent; false (and `finished` with the reason) when the
    // journal could not be written: then nothing is sent.
    bool sent(const QString& type, QJsonObject data);
    static QString notRecorded(const QString& journalError);
    // Reads back what Mailgun holds after a change, then calls its argument once.
    using ReadBack = std::function<void(std::function<void(const CleanupReadBack&)>)>;
    void answer(bool ok, const QString& doneType, QJsonObject data, const ApiError& error,
                const QString& doneMessage, const ReadBack& readBack);
    // Records what Mailgun holds now and ends the removal with it: "asked for X; Mailgun now
    // holds Y" when they differ (docs/mailgun-behaviour.md, point 8).
    void reportReadBack(const QString& doneMessage, const CleanupReadBack& held);
    // One object removed with one call: recorded as `sentType` before it is sent, then
    // answered (`doneType`) and read back.
    struct SingleRemoval
    {
        QString sentType;
        QString doneType;
        QString doneMessage;
        std::function<void(ApiCallback<QString>)> send;
        ReadBack readBack;
    };
    void removeOne(const QJsonObject& what, const SingleRemoval& removal);
    // A domain webhook address removed from every event with the v4 delete, then read back.
    void removeWebhookUrl(const AccountFinding& finding, const AccountInventory& inventory,
                          const QJsonObject& what);
    // Sends one webhook removal per item (domain, event or events), each recorded before it
    // is sent and after it is answered; once all are answered, reads the address back or
    // ends with the first failure.
    using Answered = std::function<void(const ApiError& error)>;
    using Send = std::function<void(const QString& domain, const QString& event, Answered answered)>;
    void runWebhookBatch(const QList<std::pair<QString, QString>>& items, const QJsonObject& what,
                         const QString& url, const QString& doneMessage, const Send& send);
    void readBackWebhookUrl(Region region, const QList<std::pair<QString, QString>>& domains,
                            const QString& url, const QString& doneMessage);

    MailgunClient* m_client;
    Journal* m_journal;
    bool m_running = false;
    Region m_region = Region::Us;
};
