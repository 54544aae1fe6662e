#include "IncidentStartEdit.h"

#include "LocalTimeText.h"
#include "PlainLabel.h"
#include "recovery/RecoverySession.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

IncidentStartEdit::IncidentStartEdit(RecoverySession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"incidentStartEdit"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("When did the trouble start?"), this);
    m_edit = new QDateTimeEdit(this);
    m_edit->setObjectName(u"incidentStartDateTime"_s);
    m_edit->setCalendarPopup(true);
    m_edit->setMaximumDateTime(QDateTime::currentDateTime().addDays(1));
    m_edit->setDisplayFormat(LocalTimeText::dateTimeFormat());
    label->setBuddy(m_edit);
    row->addWidget(label);
    row->addWidget(m_edit);
    row->addStretch();
    layout->addLayout(row);
    QLabel* hint = makePlainLabel(u"incidentStartHint"_s, this);
    hint->setText(tr("The program marks keys, logins and rules made after this moment as new. Not sure? "
                     "Pick a day a little earlier."));
    layout->addWidget(hint);
    reload();
    connect(m_edit, &QDateTimeEdit::editingFinished, this, &IncidentStartEdit::commit);
}

void IncidentStartEdit::reload()
{
    const QSignalBlocker blocker(m_edit);
    m_edit->setDateTime(m_session->incidentStart().toLocalTime());
}

void IncidentStartEdit::setStart(const QDateTime& start)
{
    m_edit->setDateTime(start.toLocalTime());
    commit();
}

QDateTime IncidentStartEdit::start() const
{
    return m_edit->dateTime().toUTC();
}

void IncidentStartEdit::commit()
{
    const QDateTime start = m_edit->dateTime().toUTC();
    if (start == m_session->incidentStart())
        return;
    m_session->setIncidentStart(start);
    Q_EMIT startChanged(start);
}
