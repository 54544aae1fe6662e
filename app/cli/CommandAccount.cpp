#include "cli/CommandAccount.h"

#include "cli/CommandLineApp.h"
#include "cli/ConsoleOutput.h"
#include "cli/KeyInput.h"
#include "mailgun/MailgunClient.h"
#include "mailgun/KeyFormat.h"
#include "recovery/AccountWorkspace.h"
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
        if (!journal->load(&error))
            ConsoleOutput::error(error); // the broken file was kept aside; go on with a new one
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
    return KeyFormat::keyIdOf(m_key.reveal());
}

QDateTime CommandAccount::incidentStart() const
{
    if (m_options.incidentStart.isValid())
        return m_options.incidentStart;
    if (const Journal* journal = this->journal()) {
        const QList<Journal::Entry>& entries = journal->entries();
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            if (it->type != u"incident-start"_s)
                continue;
            const QDateTime start = QDateTime::fromString(it->data.value(u"start"_s).toString(), Qt::ISODate);
            if (start.isValid())
                return start.toUTC();
        }
    }
    return QDateTime::currentDateTimeUtc().addDays(-14);
}
