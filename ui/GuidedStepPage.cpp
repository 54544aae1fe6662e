#include "GuidedStepPage.h"

#include "GuidedChecklistWidget.h"
#include "ReadingScrollArea.h"
#include "recovery/RecoverySession.h"
#include "recovery/StepGuide.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

GuidedStepPage::GuidedStepPage(RecoveryStep step, RecoverySession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_step(step)
    , m_session(session)
{
    const StepGuide guide = stepGuide(step);
    setObjectName(u"stepPage_"_s + recoveryStepId(step));
    setTitle(guide.title);
    setSubTitle(tr("Step %1 of %2").arg(static_cast<int>(step) + 1).arg(allRecoverySteps().size()));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(layout->contentsMargins().left(), layout->contentsMargins().top(), 0,
                               layout->contentsMargins().bottom());

    // One scroll area for the whole step: what the program does, then the guide and its
    // checklist, each at its full height. Nothing is squeezed into a strip of its own.
    auto* content = new QWidget;
    content->setObjectName(u"stepContent"_s);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_automaticContainer = new QWidget(content);
    m_automaticContainer->setObjectName(u"automaticArea"_s);
    m_automaticLayout = new QVBoxLayout(m_automaticContainer);
    m_automaticLayout->setContentsMargins(0, 0, 0, 0);
    m_automaticContainer->hide();
    contentLayout->addWidget(m_automaticContainer);
    m_checklist = new GuidedChecklistWidget(m_session, guide);
    contentLayout->addWidget(m_checklist);
    contentLayout->addStretch(1);
    layout->addWidget(makeReadingScrollArea(content, this, u"stepScrollArea"_s), 1);

    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(u"stepProgressLabel"_s);
    m_progressLabel->setWordWrap(true);
    layout->addWidget(m_progressLabel);

    connect(m_checklist, &GuidedChecklistWidget::confirmationsChanged, this, &GuidedStepPage::updateProgress);
    updateProgress();
}

void GuidedStepPage::updateProgress()
{
    const int total = static_cast<int>(m_checklist->guide().items.size());
    const int confirmed = m_checklist->confirmedCount();
    if (confirmed >= total) {
        m_progressLabel->setText(tr("Every item is ticked: this step is done."));
    } else {
        m_progressLabel->setText(
            tr("%1 of %n item(s) ticked. You can come back to this step at any time.", nullptr, total)
                .arg(confirmed));
    }
}

bool GuidedStepPage::isComplete() const
{
    return !m_automaticRunning && QWizardPage::isComplete();
}

void GuidedStepPage::setAutomaticRunning(bool running)
{
    if (running == m_automaticRunning)
        return;
    m_automaticRunning = running;
    Q_EMIT completeChanged();
    // QWizard keeps Back enabled whatever isComplete() says.
    if (QWizard* w = wizard()) {
        if (QAbstractButton* back = w->button(QWizard::BackButton))
            back->setEnabled(!running && w->currentId() != w->startId());
    }
}

bool GuidedStepPage::apiAvailable() const
{
    return m_session->apiAvailable();
}
