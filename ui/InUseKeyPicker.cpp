#include "InUseKeyPicker.h"

#include "NamedButton.h"
#include "PlainLabel.h"
#include "mailgun/UntrustedText.h"
#include "models/KeyTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString keyName(const KeyInfo& key)
{
    return key.description.isEmpty() ? key.id : UntrustedText::forDisplay(key.description);
}

} // namespace

InUseKeyPicker::InUseKeyPicker(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"apiKeyInUsePicker"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = makePlainLabel(u"apiKeyNotInListNote"_s, this);
    layout->addWidget(m_text);

    m_pickRow = new QWidget(this);
    auto* row = new QHBoxLayout(m_pickRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_keys = new QComboBox(m_pickRow);
    m_keys->setObjectName(u"apiKeyInUseChoice"_s);
    m_keys->setAccessibleName(tr("The key you gave this program"));
    row->addWidget(m_keys, 1);
    m_choose = makeNamedButton(tr("This is the key I gave"), u"apiKeyInUseChooseButton"_s,
                               tr("Mark the chosen key as the one you gave this program"), m_pickRow);
    row->addWidget(m_choose);
    layout->addWidget(m_pickRow);

    connect(m_keys, &QComboBox::currentIndexChanged, this,
            [this] { m_choose->setEnabled(!m_keys->currentData().toString().isEmpty()); });
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString id = m_keys->currentData().toString();
        if (!id.isEmpty())
            Q_EMIT chosen(id);
    });
}

void InUseKeyPicker::setPlan(const KeyRotationPlan& plan)
{
    if (plan.inUseFound() && !plan.inUseChosen) {
        hide();
        return;
    }
    m_keys->clear();
    if (plan.inUseChosen) {
        for (const KeyRotationCandidate& candidate : plan.candidates) {
            if (candidate.inUse)
                m_text->setText(tr("You said the key you gave this program is \"%1\". It is deleted last, "
                                   "after the new key works.")
                                    .arg(keyName(candidate.key)));
        }
        m_pickRow->hide();
        show();
        return;
    }
    m_text->setText(tr("The program cannot tell which of these keys is the one you gave it. Older keys (they "
                       "start with \"key-\") do not show which entry is theirs. If you know which one it is, "
                       "pick it here. If you do not, no key is marked as in use."));
    m_keys->addItem(tr("Choose the key you gave…"), QString());
    for (const KeyRotationCandidate& candidate : plan.candidates) {
        const KeyInfo& key = candidate.key;
        m_keys->addItem(
            tr("%1 (%2, created %3)")
                .arg(keyName(key), KeyTableModel::kindInWords(key),
                     QLocale().toString(key.createdAt.toLocalTime().date(), QLocale::ShortFormat)),
            key.id);
    }
    m_choose->setEnabled(false);
    m_pickRow->show();
    show();
}

void InUseKeyPicker::setBusy(bool busy)
{
    m_keys->setEnabled(!busy);
    m_choose->setEnabled(!busy && !m_keys->currentData().toString().isEmpty());
}
