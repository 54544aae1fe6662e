#include "StepListPanel.h"

#include "StateIcon.h"
#include "recovery/RecoverySession.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

StepListPanel::StepListPanel(RecoverySession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"stepListPanel"_s);
    setAccessibleName(tr("Your progress"));
    setMinimumWidth(240);
    setMaximumWidth(260);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 12, 4);
    layout->setSpacing(2);

    auto* heading = new QLabel(tr("Your progress"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setContentsMargins(8, 0, 0, 6);
    layout->addWidget(heading);

    addRow(WizardPageId::Welcome, std::nullopt, tr("Welcome"));
    addRow(WizardPageId::Connect, std::nullopt, tr("Connect to Mailgun"));
    for (RecoveryStep step : allRecoverySteps()) {
        const int number = static_cast<int>(step) + 1;
        addRow(pageIdForStep(step), step, tr("%1. %2").arg(number).arg(recoveryStepTitle(step)));
    }
    layout->addStretch(1);

    m_practiceNote = new QLabel(tr("You chose the practice account. Nothing real changes."), this);
    m_practiceNote->setObjectName(u"practiceNote"_s);
    m_practiceNote->setWordWrap(true);
    m_practiceNote->setContentsMargins(8, 6, 8, 6);
    m_practiceNote->setAutoFillBackground(true);
    m_practiceNote->setBackgroundRole(QPalette::AlternateBase);
    layout->addWidget(m_practiceNote);

    connect(m_session, &RecoverySession::stepStateChanged, this, &StepListPanel::refresh);
    connect(m_session, &RecoverySession::modeChanged, this, &StepListPanel::refresh);
    refresh();
}

void StepListPanel::addRow(WizardPageId page, std::optional<RecoveryStep> step, const QString& title)
{
    Row row{page, step, title};
    row.frame = new QFrame(this);
    row.frame->setObjectName(
        step ? u"stepRow_"_s + recoveryStepId(*step)
             : (page == WizardPageId::Welcome ? u"stepRow_welcome"_s : u"stepRow_connect"_s));
    auto* rowLayout = new QHBoxLayout(row.frame);
    rowLayout->setContentsMargins(8, 6, 8, 6);
    rowLayout->setSpacing(8);
    row.icon = new QLabel(row.frame);
    row.icon->setFixedSize(stateIconSize, stateIconSize);
    row.text = new QLabel(title, row.frame);
    row.text->setWordWrap(true);
    rowLayout->addWidget(row.icon, 0, Qt::AlignTop);
    rowLayout->addWidget(row.text, 1);
    layout()->addWidget(row.frame);
    m_rows.append(row);
}

void StepListPanel::setCurrentPage(int pageId)
{
    m_current = pageId;
    m_furthest = std::max(m_furthest, pageId);
    refresh();
}

bool StepListPanel::isDone(WizardPageId page) const
{
    RecoveryStep step;
    if (stepForPageId(static_cast<int>(page), &step))
        return m_session->isStepDone(step);
    return static_cast<int>(page) < m_furthest;
}

void StepListPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        refresh();
}

void StepListPanel::refresh()
{
    for (Row& row : m_rows)
        updateRow(row);
    m_practiceNote->setVisible(m_session->mode() == RecoverySession::AccountMode::Practice);
}

void StepListPanel::updateRow(Row& row)
{
    const bool current = isCurrent(row.page);
    const bool done = isDone(row.page);
    const StateIcon kind = done ? StateIcon::Done : (current ? StateIcon::Current : StateIcon::Todo);

    row.frame->setAutoFillBackground(current);
    row.frame->setBackgroundRole(current ? QPalette::Highlight : QPalette::Window);
    row.text->setForegroundRole(current ? QPalette::HighlightedText : QPalette::WindowText);
    QFont font = row.text->font();
    font.setBold(current);
    row.text->setFont(font);
    row.icon->setPixmap(paintStateIcon(kind, palette(), devicePixelRatioF(), current));

    // Tests and assistive technology read the state without looking at pixels.
    row.frame->setProperty("stepDone", done);
    row.frame->setProperty("stepCurrent", current);
    QString state = done ? tr("done") : tr("not done yet");
    if (current)
        state = tr("%1, you are here").arg(state);
    row.frame->setAccessibleName(tr("%1: %2").arg(row.title, state));
    row.icon->setAccessibleName(done ? tr("Done") : (current ? tr("You are here") : tr("Not done yet")));
}
