#include "ExtraKeysPanel.h"

#include "MessageBox.h"
#include "NamedButton.h"
#include "SecretRevealField.h"
#include "recovery/RecoverySession.h"
#include "secrets/SecretStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ExtraKeysPanel::ExtraKeysPanel(RecoverySession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"extraKeysPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    // Folded by default: most admins need only the API key, and the page must keep room.
    auto* toggle = new QToolButton(this);
    toggle->setObjectName(u"extraKeysToggle"_s);
    toggle->setText(tr("Two more keys you may want to replace (optional)"));
    toggle->setAccessibleName(toggle->text());
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setCheckable(true);
    toggle->setAutoRaise(true);
    QFont bold = toggle->font();
    bold.setBold(true);
    toggle->setFont(bold);
    layout->addWidget(toggle);
    m_content = new QWidget(this);
    m_content->setObjectName(u"extraKeysContent"_s);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_content->hide();
    layout->addWidget(m_content);
    connect(toggle, &QToolButton::toggled, this, [this, toggle](bool open) {
        toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_content->setVisible(open);
    });

    addRow(
        ExtraKeyRegeneration::Kind::WebhookSigningKey, tr("Webhook signing key"),
        tr("Mailgun signs the messages it sends to your website about your emails (webhooks) with this key. "
           "Whoever got into your account may know it and could send your website fake messages. After you "
           "replace it, your website refuses Mailgun's messages until you put the new key into its "
           "settings."),
        tr("Replace the webhook signing key"), u"extraKeySigning"_s);
    addRow(ExtraKeyRegeneration::Kind::PublicKey, tr("Public validation key"),
           tr("Older web forms use this key to check email addresses as people type them. If your forms use "
              "it, they stop checking addresses until you give them the new key. If you do not know it, you "
              "most likely do not use it."),
           tr("Replace the public validation key"), u"extraKeyPublic"_s);
}

ExtraKeysPanel::Row& ExtraKeysPanel::row(ExtraKeyRegeneration::Kind kind)
{
    return kind == ExtraKeyRegeneration::Kind::PublicKey ? m_public : m_signing;
}

void ExtraKeysPanel::addRow(ExtraKeyRegeneration::Kind kind, const QString& title, const QString& explanation,
                            const QString& buttonText, const QString& name)
{
    auto* layout = static_cast<QVBoxLayout*>(m_content->layout());
    auto* text =
        new QLabel(u"<i>%1.</i> %2"_s.arg(title.toHtmlEscaped(), explanation.toHtmlEscaped()), m_content);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    layout->addWidget(text);
    Row& target = row(kind);
    auto* line = new QHBoxLayout;
    target.button = makeNamedButton(buttonText, name + u"Button"_s, buttonText, m_content);
    line->addWidget(target.button);
    target.result = new QLabel(m_content);
    target.result->setObjectName(name + u"Result"_s);
    target.result->setWordWrap(true);
    target.result->setTextFormat(Qt::PlainText);
    line->addWidget(target.result, 1);
    layout->addLayout(line);
    target.field = new SecretRevealField(name + u"Field"_s,
                                         kind == ExtraKeyRegeneration::Kind::PublicKey
                                             ? SecretRevealField::Holds::PublicValidationKey
                                             : SecretRevealField::Holds::WebhookSigningKey,
                                         m_content);
    target.field->hide();
    layout->addWidget(target.field);
    connect(target.button, &QPushButton::clicked, this,
            [this, kind, title, explanation] { confirmAndRegenerate(kind, title, explanation); });
}

void ExtraKeysPanel::confirmAndRegenerate(ExtraKeyRegeneration::Kind kind, const QString& title,
                                          const QString& explanation)
{
    MessageBox::Question question;
    question.objectName = u"replaceExtraKeyQuestion"_s;
    question.title = title;
    question.text = tr("Replace this key now?");
    question.informativeText = explanation;
    question.acceptText = tr("Replace the key");
    question.rejectText = tr("Not now");
    question.destructive = true;
    if (!MessageBox::ask(this, question))
        return;
    if (!m_regeneration) {
        m_regeneration = new ExtraKeyRegeneration(m_session->client(), m_session->secretStore(),
                                                  m_session->journal(), this);
        connect(m_regeneration, &ExtraKeyRegeneration::finished, this, &ExtraKeysPanel::onFinished);
    }
    if (m_regeneration->isBusy())
        return;
    row(kind).result->setText(tr("Replacing…"));
    row(kind).button->setEnabled(false);
    m_regeneration->regenerate(kind);
}

void ExtraKeysPanel::onFinished(const ExtraKeyRegeneration::Result& result)
{
    Row& target = row(result.kind);
    target.button->setEnabled(true);
    if (!result.ok) {
        target.result->setText(result.failure);
        return;
    }
    target.field->setSecret(result.value);
    target.field->show();
    if (result.stored) {
        target.result->setText(
            tr("Replaced. The new key is below and in this computer's keychain under \"%1\", "
               "entry %2.")
                .arg(m_session->secretStore()->serviceName(),
                     ExtraKeyRegeneration::keychainEntry(result.kind)));
    } else {
        target.result->setText(
            tr("Replaced, but the keychain could not keep it: %1 Copy the new key below now; it "
               "is not shown again.")
                .arg(result.storeProblem));
    }
    if (!result.journalProblem.isEmpty())
        target.result->setText(target.result->text() + u'\n' + result.journalProblem);
}
