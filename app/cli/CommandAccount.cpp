#include "cli/CommandAccount.h"

#include "cli/CommandLineApp.h"
#include "cli/ConsoleOutput.h"
#include "cli/KeyInput.h"
#include "mailgun/KeyFormat.h"
#include "mailgun/MailgunClient.h"
#include "recovery/AccountWorkspace.h"
#include "recovery/InUseKeyChoice.h"
#include "recovery/IncidentStart.h"
#include "recovery/InvestigationController.h"
#include "recovery/Journal.h"
#include "workspace/PracticeWorkspace.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

CommandAccount::CommandAccount(const CommandLineOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{}

CommandAccount::~CommandAccount() = default;

int CommandAccount::open()
{
    return open(true);
}

int CommandAccount::openKeyOptional()
{
    return open(false);
}

int CommandAccount::open(bool keyRequired)
{
    if (m_options.practice) {
        QString error;
        m_practice = PracticeWorkspace::start(this, &error);
        if (!m_practice) {
            ConsoleOutput::error(error);
            return ExitFailed;
        }
        m_workspace = m_practice;
        m_key = m_practice->presetKey();
    } else {
        if (keyRequired || KeyInput::isGivenWithoutPrompt(m_options.keyFile)) {
            const KeyInput input = KeyInput::read(m_options.keyFile);
            if (!input.error.isEmpty()) {
                ConsoleOutput::error(input.error);
                return ExitUsage;
            }
            m_key = input.key;
        }
        auto* journal = new Journal(Journal::defaultPath(), this);
        QString error;
        if (!journal->load(&error)) {
            ConsoleOutput::error(error);
            // Another window works on this recovery: change nothing. A damaged file was
            // repaired as far as it could be; go on with what was read.
            if (journal->isHeldElsewhere())
                return ExitFailed;
        }
        m_workspace = AccountWorkspace::forRealAccount(m_options.endpoints, journal, this);
    }
    if (!m_key.isEmpty()) {
        m_client = new MailgunClient(m_workspace->endpoints(), this);
        m_client->setApiKey(m_key);
    }
    return ExitDone;
}

InvestigationController* CommandAccount::newInvestigation(QObject* parent) const
{
    return new InvestigationController(m_client, m_client ? keyId() : QString(), journal(), parent);
}

Journal* CommandAccount::journal() const
{
    return m_workspace ? m_workspace->journal() : nullptr;
}

SecretStore* CommandAccount::secretStore() const
{
    return m_workspace ? m_workspace->secretStore() : nullptr;
}

QString CommandAccount::keyId() const
{
    const QString tail = KeyFormat::keyIdOf(m_key.reveal());
    if (!tail.isEmpty() || !journal())
        return tail;
    return InUseKeyChoice::recorded(journal()->entries(), m_key);
}

QDateTime CommandAccount::incidentStart() const
{
    return incidentStart(m_options, journal());
}

QDateTime CommandAccount::incidentStart(const CommandLineOptions& options, const Journal* journal)
{
    if (options.incidentStart.isValid())
        return options.incidentStart;
    if (journal) {
        if (const QDateTime start = IncidentStart::lastRecorded(journal->entries()); start.isValid())
            return start;
    }
    return QDateTime::currentDateTimeUtc().addDays(-14);
}
