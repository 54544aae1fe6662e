#include "StoredKeyOffer.h"

#include "ConnectPageBox.h"
#include "NamedButton.h"
#include "PlainLabel.h"
#include "recovery/SecretEntries.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

StoredKeyOffer::StoredKeyOffer(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"connectStoredKeyBox"_s);
    QVBoxLayout* layout = makeConnectPageBoxLayout(this);

    auto* explanation = makePlainLabel(u"connectStoredKeyLabel"_s, this);
    explanation->setText(QCoreApplication::translate(
        "ConnectPage", "When you replaced the API key in step 2, the assistant saved the new key in "
                       "this computer's keychain. You do not need to type it."));
    layout->addWidget(explanation);

    auto* row = new QHBoxLayout;
    m_useButton = makeNamedButton(
        QCoreApplication::translate("ConnectPage", "&Use the new key saved by this program"),
        u"connectUseStoredKeyButton"_s,
        QCoreApplication::translate("ConnectPage", "Use the new key saved by this program"), this);
    connect(m_useButton, &QPushButton::clicked, this, &StoredKeyOffer::useRequested);
    row->addWidget(m_useButton);
    row->addStretch(1);
    layout->addLayout(row);

    m_status = makePlainLabel(u"connectStoredKeyStatus"_s, this);
    m_status->setAccessibleName(QCoreApplication::translate("ConnectPage", "Saved key"));
    m_status->hide();
    layout->addWidget(m_status);

    hide();
}

void StoredKeyOffer::setKeyId(const QString& keyId)
{
    if (keyId == m_keyId)
        return;
    m_keyId = keyId;
    m_status->clear();
    m_status->hide();
}

void StoredKeyOffer::setUseEnabled(bool enabled)
{
    m_useButton->setEnabled(enabled);
}

void StoredKeyOffer::read(SecretStore* store)
{
    m_reading = true;
    m_status->setText(QCoreApplication::translate("ConnectPage", "Reading the saved key from the keychain…"));
    m_status->show();
    const QString keyId = m_keyId;
    store->read(SecretEntries::apiKey(keyId), this, [this, keyId](const SecretStore::Result& result) {
        if (!m_reading)
            return; // the user left the page while the keychain answered
        m_reading = false;
        Q_EMIT keyRead(keyId, result);
    });
}

void StoredKeyOffer::cancelReading()
{
    m_reading = false;
    m_status->clear();
    m_status->hide();
}

void StoredKeyOffer::showFilledIn(const Secret& key)
{
    m_status->setText(QCoreApplication::translate(
                          "ConnectPage", "The saved key (%1) is filled in. The assistant checks it now.")
                          .arg(key.masked()));
}

void StoredKeyOffer::showReadFailure(const SecretStore::Result& result)
{
    QString why;
    switch (result.status) {
    case SecretStore::Status::Ok:
        why = QCoreApplication::translate(
            "ConnectPage",
            "The saved key could not be read: the keychain gave back something that is not an API key.");
        break;
    case SecretStore::Status::NotFound:
        why = QCoreApplication::translate(
                  "ConnectPage",
                  "The saved key could not be read: the keychain has no entry \"%1\" any more. It may have "
                  "been removed.")
                  .arg(SecretEntries::apiKey(m_keyId));
        break;
    case SecretStore::Status::Unavailable:
        why = QCoreApplication::translate(
            "ConnectPage", "The saved key could not be read: no keychain (the password store of "
                           "your computer) is running.");
        break;
    case SecretStore::Status::AccessDenied:
    case SecretStore::Status::TimedOut:
    case SecretStore::Status::Failed:
        why = QCoreApplication::translate("ConnectPage", "The saved key could not be read. %1")
                  .arg(result.userMessage());
        break;
    }
    m_status->setText(
        QCoreApplication::translate("ConnectPage",
                                    "%1\nPaste the new key below instead: use the copy you kept in step 2, "
                                    "or create another key in the Mailgun Control Panel.")
            .arg(why));
    m_status->show();
}
