#pragma once

#include "recovery/ConnectController.h"
#include "secrets/SecretStore.h"

#include <QWizardPage>

class ConnectResultView;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QToolButton;
class RecoverySession;
class StoredKeyOffer;

// Chooses the account (the user's own or the practice one) and checks the API key with
// ConnectController, without blocking the window. Next is enabled once the key works, or
// when the user explicitly chooses to go on by hand. The key lives only in the line edit and
// in the session's client: it is never registered as a wizard field, saved or logged.
// When step 2 of an earlier run saved a new key in the keychain, the page offers to read it
// from there instead of typing it; the key is then checked like a typed one.
class ConnectPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConnectPage(RecoverySession* session, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isChecking() const { return m_checking; }

private:
    QWidget* buildModeChoice();
    QWidget* buildKeyEntry();
    QWidget* buildResult();

    void switchMode(bool practice);
    void updateModeUi();
    void onKeyTextChanged(const QString& text);
    void onKeyEdited();
    void startCheck();
    void useStoredKey();
    void onStoredKeyRead(const QString& keyId, const SecretStore::Result& result);
    void onProgress(const QString& text);
    void onFinished(const ConnectController::Result& result);
    void setChecking(bool checking);
    bool isPractice() const;

    RecoverySession* m_session;
    ConnectController* m_controller;
    QString m_typedKey; // the user's own key, kept while the practice key is shown
    bool m_checking = false;

    QRadioButton* m_realRadio = nullptr;
    QRadioButton* m_practiceRadio = nullptr;
    StoredKeyOffer* m_storedKey = nullptr;
    QLabel* m_keyLabel = nullptr;
    QLineEdit* m_keyEdit = nullptr;
    QToolButton* m_showKeyButton = nullptr;
    QLabel* m_hintLabel = nullptr;
    QLabel* m_whereLabel = nullptr;
    QLabel* m_practiceInfo = nullptr;
    QPushButton* m_checkButton = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_progressLabel = nullptr;
    ConnectResultView* m_result = nullptr;
    QCheckBox* m_withoutApiCheck = nullptr;
};
