#pragma once

#include "recovery/KeyRotationController.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class InUseKeyPicker;
class QLabel;
class QProgressBar;
class QPushButton;
class KeyPlanTable;
class KeyTableModel;
class RecoverySession;
class ResumeRow;
class SecretRevealField;

// Step 2's automatic mode: shows the account's keys with what the program proposes to
// delete, and replaces the key through KeyRotationController when the admin agrees.
class KeyRotationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit KeyRotationPanel(RecoverySession* session, QWidget* parent = nullptr);

    // Called when the page is entered: a fresh start unless a replacement is running.
    void reset();
    // True while the controller is changing the account (the wizard must not move on).
    bool isRunning() const;
    KeyRotationController* controller() const { return m_controller; }

Q_SIGNALS:
    void runningChanged(bool running);

private:
    void showKeys();
    void fillTable();
    void confirmAndStart();
    void continueAfterManualSave();
    void tryAgain();
    void onPhaseChanged(KeyRotationController::Phase phase);
    void onManualSaveNeeded(const QString& problem);
    void onKeyDeleted(const QString& id);
    void onFinished();
    void onFailed(const QString& message);
    void hideStates();
    QSet<QString> checkedIds() const;
    KeyRotationController* makeController();

    RecoverySession* m_session;
    QPointer<KeyRotationController> m_controller;
    bool m_running = false;
    QLabel* m_intro = nullptr;
    ResumeRow* m_resumeRow = nullptr;
    QPushButton* m_showKeysButton = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_busy = nullptr;
    KeyPlanTable* m_table = nullptr;
    KeyTableModel* m_keys = nullptr;
    QLabel* m_adviceLabel = nullptr;
    InUseKeyPicker* m_inUsePicker = nullptr;
    QPushButton* m_replaceButton = nullptr;
    QLabel* m_resultLabel = nullptr;
    SecretRevealField* m_keyField = nullptr;
    QLabel* m_detailsLabel = nullptr;
    QWidget* m_manualRow = nullptr;
    QCheckBox* m_savedCheck = nullptr;
    QPushButton* m_continueButton = nullptr;
    QPushButton* m_tryAgainButton = nullptr;
};
