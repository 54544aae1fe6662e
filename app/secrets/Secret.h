#pragma once

#include <QString>

class QDebug;

// A secret (API key, SMTP password) held in memory. It never converts to text implicitly:
// code must call reveal() where the real value is needed (an Authorization header, the
// keychain) and masked() everywhere else. Printing it to a log shows the masked form.
class Secret
{
public:
    Secret() = default;
    explicit Secret(QString value);
    ~Secret();
    Secret(const Secret&) = default;
    Secret& operator=(const Secret&) = default;
    Secret(Secret&& other) noexcept;
    Secret& operator=(Secret&& other) noexcept;

    const QString& reveal() const { return m_value; }
    bool isEmpty() const { return m_value.isEmpty(); }
    qsizetype length() const { return m_value.size(); }
    // First 4 and last 4 characters, the rest hidden: "key-…c5a7". Short secrets are fully
    // hidden.
    QString masked() const;
    static QString mask(const QString& value);
    void clear();

    friend bool operator==(const Secret& a, const Secret& b) { return a.m_value == b.m_value; }

private:
    QString m_value;
};

QDebug operator<<(QDebug debug, const Secret& secret);
