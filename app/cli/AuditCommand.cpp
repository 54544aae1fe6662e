#include "cli/AuditCommand.h"

#include "cli/CommandAccount.h"
#include "cli/CommandLineApp.h"
#include "cli/ConsoleOutput.h"
#include "investigate/AccountReview.h"
#include "investigate/FindingText.h"
#include "recovery/InvestigationController.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

AuditCommand::AuditCommand(const CommandLineOptions& options, QObject* parent)
    : AccountCommand(options, parent)
{}

void AuditCommand::start()
{
    if (!openAccount())
        return;
    m_review = new AccountReview(m_account->client(), this);
    if (!m_options.json)
        ConsoleOutput::status(tr("Reviewing the account (read-only)..."));
    // The same controller as the wizard: the findings go into the journal for step 2 and
    // the report.
    InvestigationController* investigation = m_account->newInvestigation(this);
    connect(investigation, &InvestigationController::finished, this,
            [this](InvestigationController::Activity, const QList<FindingRecord>&, bool saved) {
                const QDateTime incidentStart = m_review->incidentStart();
                if (m_options.json)
                    ConsoleOutput::json(resultJson(incidentStart, m_review->findings(), m_review->volume(),
                                                   m_review->problems()));
                else
                    ConsoleOutput::text(resultText(incidentStart, m_review->findings(), m_review->volume(),
                                                   m_review->problems()));
                if (m_review->nothingRead()) {
                    if (!m_options.json)
                        ConsoleOutput::error(
                            tr("Nothing of the account could be read, so the review proves nothing."));
                    finish(ExitFailed);
                    return;
                }
                if (!saved) {
                    ConsoleOutput::error(ConsoleOutput::findingsNotSaved());
                    finish(ExitFailed);
                    return;
                }
                finish(ExitDone);
            });
    investigation->review(m_review, m_account->incidentStart());
}

QJsonObject AuditCommand::resultJson(const QDateTime& incidentStart, const QList<AccountFinding>& findings,
                                     const SendingVolume& volume, const QStringList& problems)
{
    QJsonArray list;
    for (const AccountFinding& finding : findings)
        list.append(finding.toJson());
    return {{u"incident_start"_s, incidentStart.toUTC().toString(Qt::ISODate)},
            {u"findings"_s, list},
            {u"volume"_s, volume.toJson()},
            {u"problems"_s, QJsonArray::fromStringList(problems)}};
}

QString AuditCommand::volumeBars(const SendingVolume& volume, int width)
{
    qint64 busiest = 0;
    for (const VolumePoint& day : volume.days)
        busiest = std::max(busiest, day.total());
    qsizetype countWidth = 1;
    for (const VolumePoint& day : volume.days)
        countWidth = std::max(countWidth, FindingText::count(day.total()).size());
    QString text;
    for (int i = 0; i < volume.days.size(); ++i) {
        const VolumePoint& day = volume.days.at(i);
        const int length = busiest > 0 ? int((day.total() * width + busiest - 1) / busiest) : 0;
        const bool spike = volume.hasSpike() && i >= volume.spikeFirst && i <= volume.spikeLast;
        QString line = FindingText::date(day.time) + u"  "_s +
                       FindingText::count(day.total()).rightJustified(countWidth, u' ') + u"  "_s +
                       QString(length, spike ? u'#' : u'=');
        if (spike)
            //: Marks, in the command line's chart of emails sent per day, the days of the spike: the
            //: sudden, unusual jump in sending. One short word or noun.
            line += u"  <- "_s + tr("spike");
        text += line + u'\n';
    }
    return text;
}

QString AuditCommand::resultText(const QDateTime& incidentStart, const QList<AccountFinding>& findings,
                                 const SendingVolume& volume, const QStringList& problems)
{
    QString text = tr("Account review. \"Recent\" means after the incident start (%1).")
                       .arg(FindingText::dateTime(incidentStart)) +
                   u"\n\n"_s;
    if (findings.isEmpty())
        text += tr("Nothing suspicious was found in the parts that could be read.") + u'\n';
    for (const AccountFinding& finding : findings) {
        text += u"["_s + finding.severity.toUpper() + u"] "_s + finding.title;
        text += finding.isAccountWide() ? u"\n"_s
                                        : QString(u" ("_s + regionId(finding.region).toUpper() + u")\n"_s);
        if (!finding.detail.isEmpty())
            text += u"    "_s + finding.detail + u'\n';
        if (!finding.advice.isEmpty())
            text += u"    "_s + tr("What to do: %1").arg(finding.advice) + u'\n';
        text += u'\n';
    }
    if (!volume.days.isEmpty()) {
        text += tr("Messages sent per day, both regions (normally about %1 a day):")
                    .arg(FindingText::count(qRound64(volume.typicalPerDay))) +
                u'\n';
        text += volumeBars(volume) + u'\n';
    }
    if (!problems.isEmpty()) {
        text += tr("Parts of the account that could not be read:") + u'\n';
        for (const QString& problem : problems)
            text += u"  - "_s + problem + u'\n';
    }
    return text;
}
