#include "GuidedChecklistWidget.h"

#include "LinkLabel.h"
#include "PlainLabel.h"
#include "recovery/RecoverySession.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Guide sentences can be selected, so the admin can copy them into a search or a ticket.
QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    QLabel* label = makePlainParagraph(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

GuidedChecklistWidget::GuidedChecklistWidget(RecoverySession* session, const StepGuide& guide,
                                             QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_guide(guide)
{
    setObjectName(u"guidedChecklist_"_s + recoveryStepId(guide.step));
    auto* layout = new QVBoxLayout(this);
    // Room on the right so the text never touches the scroll bar.
    layout->setContentsMargins(0, 0, 12, 0);
    layout->setSpacing(8);

    QLabel* intro = wrappedLabel(m_guide.intro, this);
    intro->setObjectName(u"stepIntroLabel"_s);
    layout->addWidget(intro);

    addInstructions();
    addLinks();
    addChecklist();
    layout->addStretch(1);

    connect(m_session, &RecoverySession::stepStateChanged, this, [this](RecoveryStep step) {
        if (step == m_guide.step)
            syncFromSession();
    });
    syncFromSession();
}

QLabel* GuidedChecklistWidget::addHeading(const QString& text)
{
    auto* heading = wrappedLabel(text, this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setContentsMargins(0, 8, 0, 0);
    layout()->addWidget(heading);
    return heading;
}

void GuidedChecklistWidget::addInstructions()
{
    if (m_guide.instructions.isEmpty())
        return;
    addHeading(tr("What to do"));
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < m_guide.instructions.size(); ++i) {
        auto* number = new QLabel(tr("%1.").arg(i + 1), this);
        number->setAlignment(Qt::AlignRight | Qt::AlignTop);
        number->setMinimumWidth(number->fontMetrics().horizontalAdvance(u"00."_s));
        grid->addWidget(number, i, 0);
        grid->addWidget(wrappedLabel(m_guide.instructions.at(i), this), i, 1);
    }
    static_cast<QVBoxLayout*>(layout())->addLayout(grid);
}

void GuidedChecklistWidget::addLinks()
{
    if (m_guide.links.isEmpty())
        return;
    for (int i = 0; i < m_guide.links.size(); ++i) {
        const GuideLink& link = m_guide.links.at(i);
        auto* label = new LinkLabel(link.url, link.label, this);
        label->setObjectName(u"link_%1_%2"_s.arg(recoveryStepId(m_guide.step)).arg(i));
        label->setToolTip(link.url.toString());
        label->setAccessibleDescription(tr("Opens %1 in your web browser").arg(link.url.host()));
        const QUrl url = link.url;
        // Open the URL from the guide, not the text of the link, so nothing in the label can
        // change where the browser goes.
        connect(label, &QLabel::linkActivated, this, [url] { QDesktopServices::openUrl(url); });
        layout()->addWidget(label);
    }
}

void GuidedChecklistWidget::addChecklist()
{
    if (m_guide.items.isEmpty())
        return;
    addHeading(tr("Tick each item when you have done it"));
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    for (const ChecklistItem& item : std::as_const(m_guide.items)) {
        // One block per item, so the detail sits close to its check box and apart from the
        // next item.
        auto* block = new QWidget(this);
        auto* blockLayout = new QVBoxLayout(block);
        blockLayout->setContentsMargins(0, 2, 0, 4);
        blockLayout->setSpacing(2);
        auto* box = new QCheckBox(item.text, block);
        box->setObjectName(u"checklist_"_s + item.id);
        box->setAccessibleName(item.text);
        box->setAccessibleDescription(item.detail);
        blockLayout->addWidget(box);
        if (!item.detail.isEmpty()) {
            QLabel* detail = wrappedLabel(item.detail, block);
            detail->setObjectName(u"checklistDetail_"_s + item.id);
            detail->setContentsMargins(indent, 0, 0, 0);
            detail->setBuddy(box);
            blockLayout->addWidget(detail);
        }
        layout()->addWidget(block);
        m_boxes.insert(item.id, box);
        const QString itemId = item.id;
        connect(box, &QCheckBox::toggled, this, [this, itemId](bool checked) {
            m_session->setItemConfirmed(m_guide.step, itemId, checked);
            Q_EMIT confirmationsChanged();
        });
    }
}

int GuidedChecklistWidget::confirmedCount() const
{
    int count = 0;
    for (const QCheckBox* box : m_boxes)
        count += box->isChecked() ? 1 : 0;
    return count;
}

void GuidedChecklistWidget::syncFromSession()
{
    bool changed = false;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const bool confirmed = m_session->isItemConfirmed(m_guide.step, it.key());
        if (it.value()->isChecked() != confirmed) {
            const QSignalBlocker blocker(it.value());
            it.value()->setChecked(confirmed);
            changed = true;
        }
    }
    if (changed)
        Q_EMIT confirmationsChanged();
}
