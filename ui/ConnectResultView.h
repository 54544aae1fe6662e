#pragma once

#include "recovery/ConnectController.h"

#include <QWidget>

class AccountSummaryView;
class QLabel;

// The answer to ConnectPage's key check: a state icon, a headline, what the answer means and,
// when the key works, what the account holds. Hidden until there is something to show. Its
// words keep the translation context "ConnectPage".
class ConnectResultView : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectResultView(QWidget* parent = nullptr);

    void showResult(const ConnectController::Result& result);
    void showProblem(const QString& headline, const QString& explanation);
    // Empties the view and hides it.
    void clear();

private:
    QLabel* m_icon = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_explanation = nullptr;
    AccountSummaryView* m_summary = nullptr;
};
