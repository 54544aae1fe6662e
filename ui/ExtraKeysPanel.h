#pragma once

#include "recovery/ExtraKeyRegeneration.h"

#include <QMessageBox>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class RecoverySession;
class SecretRevealField;

// Step 2's optional extras: replace the webhook signing key and the public validation key,
// each with a plain word on what stops working until the admin updates it.
class ExtraKeysPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExtraKeysPanel(RecoverySession* session, QWidget* parent = nullptr);

    // Tests only: the answer the next confirmation gives instead of asking.
    static void setNextConfirmAnswer(QMessageBox::StandardButton answer) { s_nextAnswer = answer; }

private:
    struct Row
    {
        QPushButton* button = nullptr;
        QLabel* result = nullptr;
        SecretRevealField* field = nullptr;
    };

    void addRow(ExtraKeyRegeneration::Kind kind, const QString& title, const QString& explanation,
                const QString& buttonText, const QString& name);
    void confirmAndRegenerate(ExtraKeyRegeneration::Kind kind, const QString& explanation);
    void onFinished(const ExtraKeyRegeneration::Result& result);
    Row& row(ExtraKeyRegeneration::Kind kind);

    static inline std::optional<QMessageBox::StandardButton> s_nextAnswer;

    RecoverySession* m_session;
    ExtraKeyRegeneration* m_regeneration = nullptr;
    QWidget* m_content = nullptr;
    Row m_signing;
    Row m_public;
};
