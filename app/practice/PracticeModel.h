#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The records the practice account keeps. Plain data: the route handlers turn them into the
// JSON shapes of Mailgun's OpenAPI spec, so the model stays independent of any one endpoint.

struct PracticeKey
{
    QString id; // the secret's trailing "8hex-8hex"
    QString secret;
    QString description;
    QString kind = QStringLiteral("user");  // domain | user | web
    QString role = QStringLiteral("admin"); // admin | developer | basic | sending
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt; // invalid when the key never expires
    bool isDisabled = false;
    QString disabledReason;
    QString domainName; // empty means JSON null
    QString requestor;  // empty means JSON null
    QString userName;   // empty means JSON null
    QString userId;
    bool listsIsDisabled = true; // false: listed without is_disabled, as real lists may be
    // Requests this new key is still refused with 401 (PracticeAccount::newKeyRefusals).
    int refusalsLeft = 0;

    bool isExpired(const QDateTime& now) const { return expiresAt.isValid() && expiresAt <= now; }
};

struct PracticeUser
{
    QString id;
    QString name;
    QString email;
    QString role; // admin | developer | basic | support | billing
    bool isMaster = false;
    bool activated = true;
    bool isDisabled = false;
    bool tfaEnabled = false;
    bool tfaActive = false;
    QDateTime tfaCreatedAt;      // invalid means JSON null
    QDateTime passwordUpdatedAt; // invalid means JSON null
    QString openedIp;
};

struct PracticeCredential
{
    QString login; // full address, "postmaster@mg.example.com"
    QString password;
    QDateTime createdAt;
};

struct PracticeDomain
{
    QString id;
    QString name;
    QString state = QStringLiteral("active"); // active | unverified | disabled
    QString type = QStringLiteral("custom");
    QDateTime createdAt;
    bool isDisabled = false;
    bool requireTls = false;
    bool skipVerification = false;
    QString spamAction = QStringLiteral("disabled");
    bool useAutomaticSenderSecurity = true;
    QString webPrefix = QStringLiteral("email");
    QString webScheme = QStringLiteral("https");
    bool wildcard = false;
    bool encryptIncomingMessage = false;
    int messageTtl = 259200;
    QString archiveTo;
    QString mailfromHost;
    QList<PracticeCredential> credentials;
    QMap<QString, QStringList> webhooks; // event -> urls

    // Simulated sending volume: a steady baseline, plus a spike from spikeStart until
    // trafficUntil (the moment the account was seeded). See PracticeTraffic.
    int baselinePerHour = 0;
    int spikePerHour = 0;
    QDateTime spikeStart;
    QDateTime trafficUntil;
    QMap<qint64, int> sentThroughApi; // hour start (epoch seconds) -> messages accepted

    QString smtpLogin() const { return QStringLiteral("postmaster@") + name; }
};

struct PracticeRoute
{
    QString id;
    int priority = 0;
    QString description;
    QString expression;
    QStringList actions;
    QDateTime createdAt;
};

struct PracticeAccountWebhook
{
    QString id;
    QString description;
    QString url;
    QStringList eventTypes;
    QDateTime createdAt;
};

struct PracticeSubaccount
{
    QString id;
    QString name;
    QString status = QStringLiteral("open"); // open | disabled | closed
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct PracticeAllowEntry
{
    QString address; // single IP or CIDR
    QString description;
};

// What Mailgun keeps per region: domains (with their SMTP logins and webhooks), routes and
// account-level webhooks.
struct PracticeRegionData
{
    QList<PracticeDomain> domains;
    QList<PracticeRoute> routes;
    QList<PracticeAccountWebhook> accountWebhooks;
};
