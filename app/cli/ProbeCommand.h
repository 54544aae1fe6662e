#pragma once

#include "cli/AccountCommand.h"
#include "cli/ConsoleOutput.h"
#include "investigate/SiteProbe.h"

#include <QJsonObject>
#include <QObject>

// `mailgun-recovery probe URL... --i-own-this-site [--folder NAME]... [--json]`: the website
// probe of the wizard's Investigate step, headless. --folder names a folder of the site that
// holds its program files (the wizard's "Folder of your website" field). Only for sites the user owns, so it
// refuses to run without --i-own-this-site. Needs no API key; with one (MAILGUN_API_KEY, --key-file or
// --practice) found keys are matched to the account's key ids. Findings go into the journal.
// Exit codes: 0 every site was checked (whether or not something was found: read the
// output), 1 a site could not be reached (the others are still checked), 2 bad usage (also a
// --folder that is not a folder name).
class ProbeCommand : public AccountCommand
{
    Q_OBJECT

public:
    explicit ProbeCommand(const CommandLineOptions& options, QObject* parent = nullptr);
    void start() override;
    // For tests: a faster pace than the polite default.
    void setProbeOptions(const SiteProbe::Options& options) { m_probeOptions = options; }

    // The --json document: {"findings":[{url,line,kind,severity,title,masked,advice,...}],
    // "sites":N, "requests":N, "unreachable":[...], "cancelled":bool}. Each exposure is one
    // finding, each credential in it another; the most serious first.
    static QJsonObject resultJson(const QList<SiteExposure>& exposures, const SiteProbe::Summary& summary);
    static QString resultText(const QList<SiteExposure>& exposures, const SiteProbe::Summary& summary);
    static int exitCodeFor(const SiteProbe::Summary& summary);

private:
    SiteProbe::Options m_probeOptions;
    SiteProbe* m_probe = nullptr;
    ConsoleOutput::StatusThrottle m_status;
};
