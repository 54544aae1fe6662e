#pragma once

#include "MessageBox.h"
#include "RecoveryWizard.h"
#include "SessionPractice.h"
#include "SettleLayouts.h"
#include "practice/PracticeServer.h"
#include "recovery/AccountWorkspace.h"
#include "recovery/Journal.h"
#include "recovery/RecoverySession.h"

#include <QAbstractButton>
#include <QStyle>
#include <QTest>

#include <memory>

// The real wizard over a session whose "real" account is a practice server on loopback, so
// "My Mailgun account" is exercised without anything leaving the machine. The journal lives
// in memory. Members are destroyed in reverse order: wizard, session, journal, server.
struct WizardHarness
{
    // A well-formed key (32 hex - 8 hex - 8 hex) that no account knows.
    static QString unknownKey()
    {
        return QStringLiteral("0123456789abcdef0123456789abcdef-01234567-89abcdef");
    }

    PracticeServer server;
    Journal journal{QString()};
    std::unique_ptr<RecoverySession> session;
    std::unique_ptr<RecoveryWizard> wizard;

    bool start(QString* error)
    {
        MessageBox::forgetForTests(); // no answer or record left over from the test before
        if (!server.start(0, 0, error))
            return false;
        session = std::make_unique<RecoverySession>(&journal, apiEndpointsOf(server));
        offerPractice(*session);
        wizard = std::make_unique<RecoveryWizard>(session.get());
        wizard->show();
        return QTest::qWaitForWindowExposed(wizard.get());
    }

    template <typename T>
    T* find(const QString& objectName) const
    {
        return wizard->findChild<T*>(objectName);
    }

    QAbstractButton* button(QWizard::WizardButton which) const { return wizard->button(which); }
    bool nextEnabled() const { return button(QWizard::NextButton)->isEnabled(); }
    void clickNext() const { QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton); }
    void click(QAbstractButton* target) const { QTest::mouseClick(target, Qt::LeftButton); }
    // Check boxes and radio buttons react only on their indicator and text, not on the empty
    // space a layout gives them, so click the indicator the way a person would.
    void toggle(QAbstractButton* target) const
    {
        const int indicator = target->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, target);
        QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(indicator / 2 + 1, target->height() / 2));
    }
    int currentId() const { return wizard->currentId(); }
    // The practice account the admin chose on the Connect page (nullptr before).
    PracticeServer* practiceServer() const { return practiceServerOf(*session); }
};
