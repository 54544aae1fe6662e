#pragma once

#include "mailgun/Region.h"
#include "mailgun/api/SmtpCredential.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

// One SMTP login of step 3 and what will happen to it.
struct SmtpLoginRow
{
    enum class Action
    {
        NewPassword,
        Delete,
    };

    Region region = Region::Us;
    QString domain;
    QString login; // the full address, as the API lists it
    QDateTime createdAt;
    // The subaccount that holds the domain (its requests carry X-Mailgun-On-Behalf-Of), and its
    // name as the account gave it; both empty for the account's own logins.
    QString subaccountId;
    QString subaccountName;
    bool recent = false; // created after the incident started: maybe the attacker's
    Action action = Action::NewPassword;

    // The row of a login that `domain` lists, as the account's own or a subaccount's.
    static SmtpLoginRow listed(Region region, const QString& domain, const SmtpCredential& credential,
                               const QString& subaccountId = {}, const QString& subaccountName = {});
    // "us:postmaster@mg.example.com": unique across both regions.
    QString key() const { return rowKey(region, login); }
    bool isPostmaster() const;
    bool isSubaccounts() const { return !subaccountId.isEmpty(); }
    // The login as the admin sees it: with its subaccount's name when it is a subaccount's,
    // "invoices@mg.example.net (subaccount “Billing”)", made safe to show.
    QString shownLogin() const;
    static QString rowKey(Region region, const QString& login);
};

// Every SMTP login of every domain in both regions, with the admin's choice per login.
struct SmtpResetPlan
{
    QList<SmtpLoginRow> rows;
    // Regions or domains whose logins could not be read: the plan is incomplete there.
    QStringList unreadable;

    // Rows sorted by region, domain, login; `recent` set from the incident start.
    static SmtpResetPlan build(QList<SmtpLoginRow> rows, const QDateTime& incidentStart);
    // Asks to delete a login instead of giving it a new password. Refused (false) for the
    // postmaster login, which Mailgun never deletes.
    bool setDelete(const QString& key, bool remove);
    int index(const QString& key) const;
    int count(SmtpLoginRow::Action action) const;
    // Keeps only the rows of these domains (case-insensitive); all when empty.
    void restrictToDomains(const QStringList& domains);
};
