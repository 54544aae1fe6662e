#pragma once

#include "practice/PracticeFault.h"
#include "practice/PracticeRegion.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class PracticeAccount;

// One request as the practice server received it, so tests can check what the client sent
// (method, path, encoding, whether it carried credentials) without a packet capture.
struct PracticeRequestRecord
{
    QByteArray method;
    QString path;
    QString query;
    QByteArray contentType;
    QByteArray body;
    bool hadAuthorization = false;
    QString onBehalfOf; // the X-Mailgun-On-Behalf-Of header, empty when absent
    int status = 0;     // what the server answered; 0 when it dropped or hung
};

// The practice account: a simulated Mailgun API on loopback, one listening port per region,
// seeded with a believable compromised account. It follows Mailgun's OpenAPI spec and the
// behaviour in shared/reference/mailgun-api.md, and can inject faults.
class PracticeServer : public QObject
{
    Q_OBJECT

public:
    explicit PracticeServer(QObject* parent = nullptr);
    ~PracticeServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one. Returns false with a reason on failure.
    bool start(quint16 usPort = 0, quint16 euPort = 0, QString* error = nullptr);
    PracticeEndpoints endpoints() const;
    QUrl baseUrl(PracticeRegion region) const;

    // The admin key the practice account is "compromised" with: what the user pastes.
    QString practiceKey() const;

    PracticeAccount& account();
    void addFault(const PracticeFault& fault);
    void clearFaults();
    const QList<PracticeRequestRecord>& requests() const;
    void clearRequests();

private:
    class Private;
    std::unique_ptr<Private> d;
};
