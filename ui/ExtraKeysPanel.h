#pragma once

#include "recovery/ExtraKeyRegeneration.h"

#include <QWidget>

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

private:
    struct Row
    {
        QPushButton* button = nullptr;
        QLabel* result = nullptr;
        SecretRevealField* field = nullptr;
    };

    void addRow(ExtraKeyRegeneration::Kind kind, const QString& title, const QString& explanation,
                const QString& buttonText, const QString& name);
    void confirmAndRegenerate(ExtraKeyRegeneration::Kind kind, const QString& title,
                              const QString& explanation);
    void onFinished(const ExtraKeyRegeneration::Result& result);
    Row& row(ExtraKeyRegeneration::Kind kind);

    RecoverySession* m_session;
    ExtraKeyRegeneration* m_regeneration = nullptr;
    QWidget* m_content = nullptr;
    Row m_signing;
    Row m_public;
};
