#pragma once

#include <QString>

#include <functional>

struct WizardHarness;

// Walks the practice account through every page of the wizard, the way a reader meets them:
// the welcome and Connect pages, each tab of step 1 and its reviewed account, step 2 with its
// keys shown, step 3 with its logins shown, steps 4 to 6. Calls `look` with a short name of
// each state ("step 1, tab 2"). Fails the running test (QVERIFY) when a page does not come;
// check QTest::currentTestFailed() after it.
void tourEveryPage(WizardHarness& h, const std::function<void(const QString& page)>& look);
