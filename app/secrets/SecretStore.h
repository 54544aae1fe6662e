#pragma once

#include "secrets/Secret.h"

#include <QObject>
#include <QString>

#include <functional>

// Where new secrets go: the operating system's keychain. An interface so the pages and
// controllers do not depend on QtKeychain, and so "no keychain" is an ordinary answer.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound,     // no entry under that name
        Unavailable,  // no keychain service answers (no Secret Service, no D-Bus, ...)
        AccessDenied, // the keychain is locked or the user refused
        TimedOut,     // the keychain did not answer in time
        Failed,       // anything else
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        Secret value;   // set by read() on success
        QString detail; // the backend's error text, never a secret

        bool ok() const { return status == Status::Ok; }
        // A plain sentence for the user: what happened and what to do.
        QString userMessage() const;
    };

    using Callback = std::function<void(const Result&)>;

    using QObject::QObject;

    // Each call answers exactly once, later, through `done`, unless `context` is destroyed.
    virtual void write(const QString& entry, const Secret& value, const QObject* context, Callback done) = 0;
    virtual void read(const QString& entry, const QObject* context, Callback done) = 0;
    virtual void remove(const QString& entry, const QObject* context, Callback done) = 0;

    // The name the user finds the entries under in their keychain ("Mailgun Recovery
    // Assistant"; the practice account has a name of its own). Entry names: SecretEntries.
    virtual QString serviceName() const = 0;
    // "ok", "not-found", "unavailable", "access-denied", "timed-out", "failed": a stable
    // name for JSON output and logs.
    static QString statusId(Status status);
};
