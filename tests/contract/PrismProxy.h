#pragma once

#include <QDeadlineTimer>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

using namespace Qt::StringLiterals;

// One request as Prism logged it, with what it found.
struct ProxiedRequest
{
    QString method; // "GET"
    QString path;   // "/v1/keys/abc" (no query)
    int upstreamStatus = 0;
    QStringList findings; // "warning: response Unable to match ...", "error: ..."
};

// One Prism instance in proxy mode, started through prism-proxy.sh, and what it logged.
class PrismProxy
{
public:
    PrismProxy() { m_process.setProcessChannelMode(QProcess::MergedChannels); }
    ~PrismProxy() { stop(); }
    PrismProxy(const PrismProxy&) = delete;
    PrismProxy& operator=(const PrismProxy&) = delete;

    void start(const QString& script, const QString& spec, const QUrl& upstream)
    {
        m_script = script;
        m_spec = spec;
        m_upstream = upstream;
        m_port = freePort();
        m_listening = false;
        m_log.clear();
        m_pending.clear();
        m_process.start(u"/bin/bash"_s, {m_script, m_spec, m_upstream.toString(), QString::number(m_port)});
    }

    // Reads the log until Prism says it listens. Returns an empty string then, else why not.
    QString waitUntilListening(QDeadlineTimer deadline)
    {
        while (!m_listening) {
            if (m_process.state() == QProcess::NotRunning) {
                readLog();
                return u"Prism exited before listening (exit code %1):\n%2"_s.arg(m_process.exitCode())
                    .arg(m_log.right(4000));
            }
            if (deadline.hasExpired())
                return u"Prism did not listen in time; its log:\n"_s + m_log.right(4000);
            m_process.waitForReadyRead(200);
            readLog();
        }
        return {};
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }

    // Everything Prism has written so far, parsed. Prism writes to a pipe synchronously and
    // logs a request's findings before it answers, so once the client has its answer the
    // lines are in the pipe; the short wait only empties it.
    const QList<ProxiedRequest>& requests()
    {
        while (m_process.waitForReadyRead(50)) {
        }
        readLog();
        return m_requests;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 4010;
        return probe.serverPort();
    }

    void readLog()
    {
        const QByteArray data = m_process.readAll();
        if (data.isEmpty())
            return;
        const QString text = QString::fromUtf8(data);
        m_log += text;
        m_pending += text;
        qsizetype newline = 0;
        while ((newline = m_pending.indexOf(u'\n')) >= 0) {
            parseLine(m_pending.left(newline));
            m_pending.remove(0, newline + 1);
        }
    }

    // Lines look like
    //   [1:54:09 AM] › [HTTP SERVER] get /v1/keys ℹ  info      Request received
    //   [1:54:09 AM] ›     [PROXY] ℹ  info      The upstream call to /v1/keys has returned 401
    //   [1:54:09 AM] ›     [VALIDATOR] ⚠  warning   Violation: response Unable to match ...
    //   [1:54:10 AM] › [HTTP SERVER] post /v1/keys ✖  error     Request terminated with error: ...
    void parseLine(const QString& line)
    {
        static const QRegularExpression received(u"\\[HTTP SERVER\\] (\\w+) (\\S+) .*Request received"_s);
        static const QRegularExpression upstream(
            u"\\[PROXY\\] .*The upstream call to \\S+ has returned (\\d+)"_s);
        static const QRegularExpression finding(u"\\s(warning|error|fatal)\\s+(.*)$"_s);
        if (line.contains(u"Prism is listening on"_s)) {
            m_listening = true;
            return;
        }
        if (const auto match = received.match(line); match.hasMatch()) {
            ProxiedRequest request;
            request.method = match.captured(1).toUpper();
            request.path = match.captured(2).section(u'?', 0, 0);
            m_requests.append(request);
            return;
        }
        if (const auto match = upstream.match(line); match.hasMatch()) {
            if (!m_requests.isEmpty())
                m_requests.last().upstreamStatus = match.captured(1).toInt();
            return;
        }
        if (const auto match = finding.match(line); match.hasMatch()) {
            const QString text = match.captured(1) + u": "_s + match.captured(2).trimmed();
            if (m_requests.isEmpty()) {
                ProxiedRequest orphan;
                orphan.method = u"?"_s;
                orphan.path = u"(before any request)"_s;
                m_requests.append(orphan);
            }
            m_requests.last().findings.append(text);
        }
    }

    QProcess m_process;
    QString m_script;
    QString m_spec;
    QUrl m_upstream;
    quint16 m_port = 0;
    bool m_listening = false;
    QString m_log;
    QString m_pending;
    QList<ProxiedRequest> m_requests;
};
