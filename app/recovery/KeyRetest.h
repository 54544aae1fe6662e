#pragma once

#include "secrets/Secret.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class Journal;
class MailgunClient;

// Proof that old keys are dead (docs/mailgun-behaviour.md, point 11): after step 2 deleted
// them, each old key whose secret this run still holds in memory (the key the admin entered;
// keys found in step 1, when the front end still has them) is tried once more with a harmless
// read, GET /v4/domains?limit=1. Only right after a positive control: the new key must answer
// 200 to the same read from this computer in the same run, or a 401 could be the IP allowlist
// and nothing is claimed ("could not be checked"). Only 401 counts as refused; 200 or 403 mean
// the key still works. Each outcome goes to the journal with the key id and the UTC time,
// never the secret; secrets found in step 1 are never stored anywhere.
class KeyRetest : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Refused,     // 401 right after the positive control: Mailgun no longer accepts it
        StillWorks,  // 200 or 403: the key still authenticates
        NotChecked,  // no positive control, or no clear answer
        NotTestable, // a domain sending key: a harmless read proves nothing
    };
    Q_ENUM(Outcome)

    struct Candidate
    {
        QString keyId;
        Secret secret;
        QString origin;          // "entered" (the key the program used) or "found" (step 1)
        bool sendingKey = false; // a domain sending key: cannot be tested by a read
    };

    struct Result
    {
        QString keyId;
        QString origin;
        Outcome outcome = Outcome::NotChecked;
        int httpStatus = 0; // 0 when there was no answer or no test
        QDateTime at;       // UTC
        QString reason;     // NotChecked: why ("no-positive-control", an error code)
    };

    // `client` gives the endpoints and options; each key is tried with a client of its own.
    KeyRetest(MailgunClient* client, Journal* journal, QObject* parent = nullptr);

    // Tries `control` (the new key) and then each candidate once; `finished` follows.
    void run(const Secret& control, const QList<Candidate>& candidates);
    // Keys that still work first, then the rest in the order given.
    const QList<Result>& results() const { return m_results; }
    bool anyStillWorks() const;

    // The journal entry type: "key-retested" {id, origin, outcome, status, at, reason}.
    // Appends the candidates of `more` whose key `into` does not hold yet.
    static void addNew(QList<Candidate>& into, const QList<Candidate>& more);
    static QString entryType();
    static QString outcomeId(Outcome outcome);
    // What the answer to the harmless read says about an old key tried right after a positive
    // control: only 401 is a refusal; 200 and 403 mean it still works; anything else, unknown.
    static Outcome outcomeOf(int httpStatus);
    // One plain sentence per result for the admin, "still works" first.
    static QStringList sentences(const QList<Result>& results);

Q_SIGNALS:
    void finished();

private:
    // GET /v4/domains?limit=1 with `key`; `done` gets the HTTP status (0: no answer) and the
    // error code.
    void read(const Secret& key, std::function<void(int status, const QString& error)> done);
    void next();
    void record(const Result& result);
    void end();

    QPointer<MailgunClient> m_client;
    Journal* m_journal;
    QList<Candidate> m_queue;
    QList<Result> m_results;
    bool m_controlPassed = false;
    QString m_controlProblem;
};
