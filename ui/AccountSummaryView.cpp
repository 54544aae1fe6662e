#include "AccountSummaryView.h"

#include "recovery/AccountSummary.h"

#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace {

// Mailgun's role names mean little to a non-technical reader; say what the role allows.
QString roleDescription(const QString& role)
{
    if (role == u"admin")
        //: A Mailgun role. Keep the role name before the colon in English, as Mailgun's Control Panel
        //: shows it; translate the explanation after the colon.
        return AccountSummaryView::tr("administrator: can do everything");
    if (role == u"developer")
        //: A Mailgun role. Keep the role name before the colon in English, as Mailgun's Control Panel
        //: shows it; translate the explanation after the colon.
        return AccountSummaryView::tr("developer: cannot manage keys");
    if (role == u"basic" || role == u"analyst")
        //: A Mailgun role. Keep the role name before the colon in English, as Mailgun's Control Panel
        //: shows it; translate the explanation after the colon.
        return AccountSummaryView::tr("analyst: can only read");
    if (role == u"support")
        //: A Mailgun role. Keep the role name before the colon in English, as Mailgun's Control Panel
        //: shows it; translate the explanation after the colon.
        return AccountSummaryView::tr("support: can only read most things");
    if (role == u"sending")
        //: A Mailgun role. Keep the role name before the colon in English, as Mailgun's Control Panel
        //: shows it; translate the explanation after the colon.
        return AccountSummaryView::tr("sending: can only send email");
    if (role == u"billing")
        //: Mailgun's role name "billing" (the role for invoices and payments). Keep it in
        //: English, as Mailgun's Control Panel shows it.
        return AccountSummaryView::tr("billing");
    return role;
}

QString countOrUnknown(int count)
{
    return count < 0 ? AccountSummaryView::tr("cannot be seen with this key") : QString::number(count);
}

} // namespace

AccountSummaryView::AccountSummaryView(QWidget* parent)
    : QGroupBox(tr("Your account"), parent)
{
    setObjectName(u"connectSummaryBox"_s);
    setAccessibleName(tr("Your account"));
    auto* form = new QFormLayout(this);
    // The values wrap (a long explanation of the key in use): they take the width there is.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(4);
    m_domainsUs = addRow(tr("Domains in the US region:"), u"summaryDomainsUs"_s);
    m_domainsEu = addRow(tr("Domains in the EU region:"), u"summaryDomainsEu"_s);
    m_keys = addRow(tr("API keys:"), u"summaryKeys"_s);
    m_users = addRow(tr("Users:"), u"summaryUsers"_s);
    m_keyInUse = addRow(tr("The key you gave:"), u"summaryKeyInUse"_s);
}

QLabel* AccountSummaryView::addRow(const QString& label, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(value);
    value->setAccessibleName(label);
    static_cast<QFormLayout*>(layout())->addRow(caption, value);
    return value;
}

void AccountSummaryView::setSummary(const AccountSummary& summary)
{
    m_domainsUs->setText(QString::number(summary.domainsUs));
    m_domainsEu->setText(QString::number(summary.domainsEu));
    m_keys->setText(countOrUnknown(summary.keys));
    m_users->setText(countOrUnknown(summary.users));
    if (summary.keyInUseId.isEmpty()) {
        const QString why = summary.unmatchedKeyInUse();
        m_keyInUse->setText(why.isEmpty() ? tr("unknown: this key is not allowed to read the list of keys")
                                          : why);
    } else if (summary.keyInUseRole.isEmpty()) {
        m_keyInUse->setText(tr("key %1").arg(summary.keyInUseId));
    } else {
        m_keyInUse->setText(tr("key %1 (%2)").arg(summary.keyInUseId, roleDescription(summary.keyInUseRole)));
    }
}
