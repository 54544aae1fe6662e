#pragma once

#include "cli/AccountCommand.h"
#include "investigate/AccountFinding.h"
#include "investigate/SendingVolume.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

class AccountReview;

// `mailgun-recovery audit`: the read-only account review of step 1 (the same AccountReview
// as the wizard's page). Exit code 0 when the review ran, even if some parts could not be
// read (they are listed); 1 when nothing at all could be read.
class AuditCommand : public AccountCommand
{
    Q_OBJECT

public:
    explicit AuditCommand(const CommandLineOptions& options, QObject* parent = nullptr);
    void start() override;

    // --json: {"incident_start", "findings": [{kind, severity, region, title, detail, advice,
    // object_id, created_at, key_id, ...}], "volume": {"days": [{date, us, eu}],
    // "typical_per_day", "spike_start", "spike_first_day", "spike_last_day"}, "problems": [...]}.
    static QJsonObject resultJson(const QDateTime& incidentStart, const QList<AccountFinding>& findings,
                                  const SendingVolume& volume, const QStringList& problems);
    // Findings most severe first, the 30 days as a bar list with the spike marked, the problems.
    static QString resultText(const QDateTime& incidentStart, const QList<AccountFinding>& findings,
                              const SendingVolume& volume, const QStringList& problems);
    // One line per day: date, a bar scaled to the busiest day, the count, "<- spike" on spike days.
    static QString volumeBars(const SendingVolume& volume, int width = 40);

private:
    AccountReview* m_review = nullptr;
};
