#include "ConnectResultView.h"

#include "AccountSummaryView.h"
#include "ConnectPageBox.h"
#include "PlainLabel.h"
#include "StateIcon.h"
#include "StatusAnnouncer.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectResultView::ConnectResultView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"connectResultBox"_s);
    QVBoxLayout* layout = makeConnectPageBoxLayout(this);

    auto* headlineRow = new QHBoxLayout;
    headlineRow->setSpacing(8);
    m_icon = new QLabel(this);
    m_icon->setObjectName(u"connectResultIcon"_s);
    m_icon->setFixedSize(stateIconSize, stateIconSize);
    headlineRow->addWidget(m_icon, 0, Qt::AlignTop);
    m_headline = makePlainLabel(u"connectResultLabel"_s, this);
    StatusAnnouncer::follow(m_headline);
    m_headline->setAccessibleName(QCoreApplication::translate("ConnectPage", "Result of the check"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    headlineRow->addWidget(m_headline, 1);
    layout->addLayout(headlineRow);

    m_explanation = makePlainLabel(u"connectExplanationLabel"_s, this);
    m_explanation->setAccessibleName(QCoreApplication::translate("ConnectPage", "What the result means"));
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_explanation);

    m_summary = new AccountSummaryView(this);
    layout->addWidget(m_summary);
}

void ConnectResultView::showResult(const ConnectController::Result& result)
{
    m_icon->setPixmap(paintStateIcon(result.canUseApi() ? StateIcon::Done : StateIcon::Problem, palette(),
                                     devicePixelRatioF()));
    m_icon->setAccessibleName(result.canUseApi() ? QCoreApplication::translate("ConnectPage", "Success")
                                                 : QCoreApplication::translate("ConnectPage", "Problem"));
    StatusAnnouncer::setTone(m_headline, result.canUseApi() ? StatusAnnouncer::Tone::Status
                                                            : StatusAnnouncer::Tone::Problem);
    m_headline->setText(result.headline());
    m_explanation->setText(result.explanation());
    m_explanation->setVisible(!result.explanation().isEmpty());
    if (result.canUseApi())
        m_summary->setSummary(result.summary);
    m_summary->setVisible(result.canUseApi());
    setVisible(true);
}

void ConnectResultView::showProblem(const QString& headline, const QString& explanation)
{
    m_icon->setPixmap(paintStateIcon(StateIcon::Problem, palette(), devicePixelRatioF()));
    m_icon->setAccessibleName(QCoreApplication::translate("ConnectPage", "Problem"));
    StatusAnnouncer::setTone(m_headline, StatusAnnouncer::Tone::Problem);
    m_headline->setText(headline);
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
    m_summary->setVisible(false);
    setVisible(true);
}

void ConnectResultView::clear()
{
    m_headline->clear();
    m_explanation->clear();
    m_summary->setVisible(false);
    setVisible(false);
}
