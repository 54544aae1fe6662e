#include "investigate/VolumeFindings.h"

#include "investigate/FindingText.h"

#include <QtMath>

using namespace Qt::StringLiterals;

QList<AccountFinding> VolumeFindings::find(const SendingVolume& volume)
{
    if (!volume.hasSpike())
        return {};
    const VolumePoint& peak = volume.days.at(volume.peakDay());
    AccountFinding finding;
    finding.kindId = u"sending-spike"_s;
    finding.severity = u"high"_s;
    finding.region = volume.spikeTotal(true) > volume.spikeTotal(false) ? Region::Eu : Region::Us;
    finding.objectId = FindingText::date(volume.days.at(volume.spikeFirst).time);
    finding.createdAt = volume.spikeStart;
    finding.title = tr("Sending jumped to %1 a day on %2 (normally about %3)")
                        .arg(FindingText::count(peak.total()), FindingText::date(peak.time),
                             FindingText::count(qRound64(volume.typicalPerDay)));
    const QString firstDay = FindingText::date(volume.days.at(volume.spikeFirst).time);
    const QString lastDay = FindingText::date(volume.days.at(volume.spikeLast).time);
    finding.detail =
        (firstDay == lastDay
             ? tr("On %1 your account sent %Ln message(s).", nullptr, int(volume.spikeTotal())).arg(firstDay)
             : tr("From %1 to %2 your account sent %Ln message(s).", nullptr, int(volume.spikeTotal()))
                   .arg(firstDay, lastDay)) +
        u' ' +
        tr("%1 of them through the US region and %2 through the EU region.")
            .arg(FindingText::count(volume.spikeTotal(false)), FindingText::count(volume.spikeTotal(true)));
    if (volume.spikeStart.isValid())
        finding.detail +=
            u' ' + tr("The rise began around %1.").arg(FindingText::dateTime(volume.spikeStart));
    finding.advice =
        tr("A sudden rise like this usually means someone is sending spam with a leaked key or SMTP "
           "login. Replace the keys and SMTP passwords (steps 2 and 3), and give these dates to "
           "Mailgun support.");
    return {finding};
}
