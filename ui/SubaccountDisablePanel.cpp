#include "SubaccountDisablePanel.h"

#include "FindingsTable.h"
#include "MessageBox.h"
#include "PlainLabel.h"
#include "investigate/AccountFinding.h"
#include "investigate/AccountInventory.h"
#include "mailgun/UntrustedText.h"
#include "recovery/RecoverySession.h"
#include "recovery/SubaccountDisableController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

SubaccountDisablePanel::SubaccountDisablePanel(RecoverySession* session, FindingsTable* table,
                                               QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(table)
{
    setObjectName(u"subaccountDisablePanel"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_button = new QPushButton(tr("Disable this subaccount…"), this);
    m_button->setObjectName(u"disableSubaccountButton"_s);
    m_button->setToolTip(SubaccountDisableController::effectText());
    m_hint = makePlainLabel(u"disableSubaccountHint"_s, this);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    layout->addWidget(m_hint, 1);
    connect(m_button, &QPushButton::clicked, this, &SubaccountDisablePanel::disableSelected);
    hide();
}

bool SubaccountDisablePanel::isDisabling() const
{
    return m_controller && m_controller->isRunning();
}

void SubaccountDisablePanel::showFor(const AccountFinding* finding, const AccountInventory* inventory,
                                     bool busy)
{
    if (isDisabling())
        return; // the outcome will be shown next to the button
    const Subaccount* sub = nullptr;
    if (finding && inventory && finding->kindId == u"subaccount"_s) {
        for (const Subaccount& listed : inventory->subaccounts) {
            if (listed.id == finding->objectId)
                sub = &listed;
        }
    }
    if (!sub) {
        hide();
        return;
    }
    m_id = sub->id;
    m_name = sub->name;
    m_identity = finding->record().identity();
    const bool disabled = m_disabled.contains(sub->id) || sub->status == u"disabled"_s;
    m_button->setEnabled(!busy && !disabled && sub->status == u"open"_s);
    if (disabled)
        m_hint->setText(tr("This subaccount is disabled."));
    else if (sub->status != u"open"_s)
        m_hint->setText(tr("This subaccount is closed."));
    else
        m_hint->setText(tr("If nobody on your team made it, disable it. It can be enabled again later."));
    show();
}

void SubaccountDisablePanel::disableSelected()
{
    if (m_id.isEmpty() || isDisabling())
        return;
    MessageBox::Question question;
    question.objectName = u"disableSubaccountQuestion"_s;
    question.title = tr("Disable the subaccount?");
    question.text = tr("Disable the subaccount \u201c%1\u201d?").arg(UntrustedText::forDisplay(m_name));
    question.informativeText = SubaccountDisableController::effectText();
    question.acceptText = tr("Disable it");
    question.rejectText = tr("Keep it");
    if (!MessageBox::ask(this, question))
        return;
    if (!m_controller) {
        m_controller = new SubaccountDisableController(m_session->client(), m_session->journal(), this);
        connect(m_controller, &SubaccountDisableController::finished, this,
                [this](const QString& id, bool disabled, const QString& message) {
                    if (disabled) {
                        m_disabled.insert(id);
                        m_table->markResolved(m_identity, tr("Disabled by the program."));
                    }
                    m_button->setEnabled(!disabled);
                    m_hint->setText(message);
                    Q_EMIT changingAccount(false);
                });
    }
    Q_EMIT changingAccount(true);
    m_button->setEnabled(false);
    m_hint->setText(tr("Disabling it…"));
    m_controller->disable(m_id, m_name);
}
