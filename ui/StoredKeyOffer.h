#pragma once

#include "secrets/SecretStore.h"

#include <QWidget>

class QLabel;
class QPushButton;

// ConnectPage's offer to use the API key that step 2 of an earlier run saved in this
// computer's keychain instead of typing it: a sentence, a button and what became of the
// reading. It reads the key when asked; the page decides what to do with the answer. Its
// words keep the translation context "ConnectPage".
class StoredKeyOffer : public QWidget
{
    Q_OBJECT

public:
    explicit StoredKeyOffer(QWidget* parent = nullptr);

    // The id of the key step 2 saved, from the journal; empty if none. Another id than
    // before forgets what was shown about the last one.
    void setKeyId(const QString& keyId);
    QString keyId() const { return m_keyId; }
    bool isReading() const { return m_reading; }
    void setUseEnabled(bool enabled);

    // Asks `store` for the saved key; keyRead() follows, later, unless cancelReading() comes first.
    void read(SecretStore* store);
    // Forgets a reading under way and what was shown about it.
    void cancelReading();
    // The key that was read is in the key field and about to be checked.
    void showFilledIn(const Secret& key);
    // The key could not be read (or is not an API key): why, and what to do instead.
    void showReadFailure(const SecretStore::Result& result);

Q_SIGNALS:
    void useRequested();
    void keyRead(const QString& keyId, const SecretStore::Result& result);

private:
    QString m_keyId;
    bool m_reading = false;
    QPushButton* m_useButton = nullptr;
    QLabel* m_status = nullptr;
};
