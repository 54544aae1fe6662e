#pragma once

#include <QWizardPage>

// The first page: what will happen, how long it takes, and that nothing changes without
// asking. The reader is worried; this page has to calm them before it asks for anything.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
};
