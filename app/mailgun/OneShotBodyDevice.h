#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and not rewound. Qt 6.4's HTTP stack silently sends
// a request again when the server closes the connection before answering, even a POST
// (newer Qt versions only do that for idempotent methods). For a POST that creates a key
// that would mean two keys. With this body, unbuffered, Qt cannot rewind it and reports
// the dropped connection instead, so the caller can reconcile before trying again.
class OneShotBodyDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBodyDevice(QByteArray body, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_body.size(); }
    bool reset() override { return false; } // cannot rewind: that is the point

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QByteArray m_body;
    qint64 m_read = 0;
};
