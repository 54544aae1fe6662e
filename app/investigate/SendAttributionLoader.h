#pragma once

#include "investigate/ReviewProblems.h"
#include "investigate/SendAttribution.h"

#include <QDateTime>
#include <QObject>

#include <functional>

class MailgunClient;

// Reads the accepted-mail logs of both regions over a window (the spike, or since the
// incident start) into a SendAttribution. A busy window is sampled: the newest pages only.
class SendAttributionLoader : public QObject
{
    Q_OBJECT

public:
    SendAttributionLoader(MailgunClient* client, SendAttribution* attribution, ReviewProblems* problems,
                          QObject* parent = nullptr);

    void start(const QDateTime& from, const QDateTime& to, std::function<void()> stepDone,
               std::function<void()> finished);
    static int steps() { return 2; }

private:
    MailgunClient* m_client;
    SendAttribution* m_attribution;
    ReviewProblems* m_problems;
    int m_pending = 0;
};
