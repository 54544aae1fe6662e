#include "cli/ProbeCommand.h"

#include "cli/CommandAccount.h"
#include "cli/CommandLineApp.h"
#include "cli/ConsoleOutput.h"
#include "recovery/InvestigationController.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString severityText(int rank)
{
    switch (rank) {
    case 3:
        return QCoreApplication::translate("ProbeCommand", "CRITICAL");
    case 2:
        return QCoreApplication::translate("ProbeCommand", "HIGH");
    case 1:
        return QCoreApplication::translate("ProbeCommand", "MEDIUM");
    default:
        return QCoreApplication::translate("ProbeCommand", "LOW");
    }
}

QList<SiteExposure> mostSeriousFirst(const QList<SiteExposure>& exposures)
{
    QList<SiteExposure> ordered = exposures;
    std::stable_sort(ordered.begin(), ordered.end(), [](const SiteExposure& a, const SiteExposure& b) {
        return a.severityRank() > b.severityRank();
    });
    return ordered;
}

QString exposureText(const SiteExposure& exposure)
{
    QString text = u"["_s + severityText(exposure.severityRank()) + u"] "_s + exposure.title + u'\n';
    text += u"  "_s + exposure.url.toString() + u'\n';
    text += u"  "_s + exposure.whatLeaks + u'\n';
    // What the content looked like, whatever its name claims: said next to the keys found in it.
    // (A key in a file that is not what its name says already has it in whatLeaks.)
    if (!exposure.credentials.isEmpty() && !exposure.contentText.isEmpty() &&
        exposure.kindId != u"key-in-file"_s)
        text += u"  "_s +
                QCoreApplication::translate("ProbeCommand", "The content looks like %1.")
                    .arg(exposure.contentText) +
                u'\n';
    for (const LeakFinding& credential : exposure.credentials) {
        text += u"  "_s +
                QCoreApplication::translate("ProbeCommand", "Found in it: %1 %2")
                    .arg(credential.title(), credential.masked()) +
                u'\n';
        const QString match = credential.matchText();
        if (!match.isEmpty())
            text += u"    "_s + match + u'\n';
        text += u"    "_s + credential.advice() + u'\n';
    }
    text +=
        u"  "_s + QCoreApplication::translate("ProbeCommand", "What to do: %1").arg(exposure.advice) + u'\n';
    return text;
}

} // namespace

ProbeCommand::ProbeCommand(const CommandLineOptions& options, QObject* parent)
    : AccountCommand(options, parent)
{}

void ProbeCommand::start()
{
    const auto usage = [this](const QString& message) {
        ConsoleOutput::error(message);
        finish(ExitUsage);
    };
    if (!m_options.ownsSite) {
        usage(QCoreApplication::translate(
            "ProbeCommand",
            "Only check websites that are yours. If these sites are yours, run the command again "
            "with --i-own-this-site. Nothing was sent."));
        return;
    }
    if (m_options.arguments.isEmpty()) {
        usage(QCoreApplication::translate(
            "ProbeCommand", "Give the address of your website, for example: mailgun-recovery probe "
                            "https://www.example.com --i-own-this-site"));
        return;
    }
    auto* probe = new SiteProbe(this);
    QString folderProblem;
    if (!probe->setSiteFolders(m_options.siteFolders, &folderProblem)) {
        delete probe;
        usage(folderProblem + u' ' + QCoreApplication::translate("ProbeCommand", "Nothing was sent."));
        return;
    }
    if (!openAccount(Key::Optional)) {
        delete probe;
        return;
    }
    m_probe = probe;
    m_probe->setOptions(m_probeOptions);
    if (!m_options.json) {
        m_status.start();
        connect(m_probe, &SiteProbe::progress, this, [this](int done, int total) {
            if (m_status.due())
                ConsoleOutput::status(QCoreApplication::translate(
                                          "ProbeCommand", "Checked %1 of %n address(es)…", nullptr, total)
                                          .arg(done));
        });
    }
    // The same controller as the wizard: found keys are matched to the account's key ids when
    // a key was given, and the findings go into the journal for step 2 and the report.
    InvestigationController* investigation = m_account->newInvestigation(this);
    connect(investigation, &InvestigationController::finished, this,
            [this](InvestigationController::Activity, const QList<FindingRecord>&, bool saved) {
                const SiteProbe::Summary& summary = m_probe->summary();
                for (const QString& problem : summary.unreachable)
                    ConsoleOutput::error(
                        QCoreApplication::translate("ProbeCommand", "Not checked: %1").arg(problem));
                const QList<SiteExposure>& exposures = m_probe->exposures();
                saved = ConsoleOutput::investigationResult(
                    m_options.json, [&] { return resultJson(exposures, summary); },
                    [&] { return resultText(exposures, summary); }, saved);
                Q_EMIT finished(saved ? exitCodeFor(summary) : ExitFailed);
            });
    connect(investigation, &InvestigationController::rejected, this, [this, usage] {
        for (const QString& problem : m_probe->summary().unreachable)
            ConsoleOutput::error(QCoreApplication::translate("ProbeCommand", "Not checked: %1").arg(problem));
        usage(QCoreApplication::translate("ProbeCommand",
                                          "None of these is a website address. Nothing was sent."));
    });
    investigation->probe(m_probe, m_options.arguments);
}

int ProbeCommand::exitCodeFor(const SiteProbe::Summary& summary)
{
    return summary.unreachable.isEmpty() && !summary.cancelled ? ExitDone : ExitFailed;
}

QJsonObject ProbeCommand::resultJson(const QList<SiteExposure>& exposures, const SiteProbe::Summary& summary)
{
    QJsonArray findings;
    for (const SiteExposure& exposure : mostSeriousFirst(exposures)) {
        QJsonObject entry = exposure.toJson();
        entry.remove(u"credentials"_s);
        findings.append(entry);
        for (const LeakFinding& credential : exposure.credentials)
            findings.append(exposure.credentialJson(credential));
    }
    return QJsonObject{{u"findings"_s, findings},
                       {u"sites"_s, summary.sites},
                       {u"requests"_s, summary.requests},
                       {u"unreachable"_s, QJsonArray::fromStringList(summary.unreachable)},
                       {u"cancelled"_s, summary.cancelled}};
}

QString ProbeCommand::resultText(const QList<SiteExposure>& exposures, const SiteProbe::Summary& summary)
{
    QString text =
        QCoreApplication::translate("ProbeCommand", "Checked %n site(s)", nullptr, summary.sites) + u' ' +
        QCoreApplication::translate("ProbeCommand", "with %n request(s).", nullptr, summary.requests) + u'\n';
    if (!summary.unreachable.isEmpty())
        text += QCoreApplication::translate("ProbeCommand", "Could not check: %1")
                    .arg(summary.unreachable.join(u"; "_s)) +
                u'\n';
    if (exposures.isEmpty())
        return text +
               QCoreApplication::translate("ProbeCommand",
                                           "No files or pages that leak passwords or keys were found.") +
               u'\n';
    text += QCoreApplication::translate("ProbeCommand", "Found %n thing(s) anyone can open:", nullptr,
                                        int(exposures.size())) +
            u"\n\n"_s;
    for (const SiteExposure& exposure : mostSeriousFirst(exposures))
        text += exposureText(exposure) + u'\n';
    return text;
}
