#include "cli/CommandAccount.h"

#include "cli/CommandLineApp.h"
#include "cli/ConsoleOutput.h"
#include "cli/KeyInput.h"
#include "mailgun/MailgunClient.h"
#include "practice/PracticeServer.h"
#include "recovery/Journal.h"
#include "recovery/KeyFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

CommandAccount::CommandAccount(const CommandLineOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{}

CommandAccount::~CommandAccount() = default;

int CommandAccount::open()
{
    ApiEndpoints endpoints = m_options.endpoints;
    if (m_options.practice) {
        m_practiceServer = new PracticeServer(this);
        QString error;
        if (!m_practiceServer->start(0, 0, &error)) {
            ConsoleOutput::error(error);
            return ExitFailed;
        }
        endpoints = m_practiceServer->endpoints();
        m_key = Secret(m_practiceServer->practiceKey());
        m_journal = new Journal(QString(), this);
    } else {
        const KeyInput input = KeyInput::read(m_options.keyFile);
        if (!input.error.isEmpty()) {
            ConsoleOutput::error(input.error);
            return ExitUsage;
        }
        m_key = input.key;
        m_journal = new Journal(Journal::defaultPath(), this);
        QString error;
        if (!m_journal->load(&error))
            ConsoleOutput::error(error); // the broken file was kept aside; go on with a new one
    }
    m_client = new MailgunClient(endpoints, this);
    m_client->setApiKey(m_key);
    return ExitDone;
}

QString CommandAccount::keyId() const
{
    return KeyFormat::keyIdOf(m_key.reveal());
}

QDateTime CommandAccount::incidentStart() const
{
    if (m_options.incidentStart.isValid())
        return m_options.incidentStart;
    if (m_journal) {
        const QList<Journal::Entry>& entries = m_journal->entries();
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
