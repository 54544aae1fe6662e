#include "cli/CheckCommand.h"

#include "cli/CommandLineApp.h"
#include "cli/ConsoleOutput.h"
#include "cli/KeyInput.h"
#include "mailgun/MailgunClient.h"
#include "recovery/ConnectController.h"
#include "workspace/PracticeWorkspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QJsonValue countOrNull(int count)
{
    return count >= 0 ? QJsonValue(count) : QJsonValue(QJsonValue::Null);
}

QString countText(int count)
{
    return count >= 0 ? QString::number(count) : QCoreApplication::translate("CheckCommand", "unknown");
}

QJsonObject resultJson(const ConnectController::Result& result)
{
    const AccountSummary& summary = result.summary;
    QJsonObject json{{u"outcome"_s, result.outcomeId()},
                     {u"usable"_s, result.canUseApi()},
                     {u"headline"_s, result.headline()},
                     {u"explanation"_s, result.explanation()}};
    if (result.canUseApi()) {
        json.insert(u"domains"_s, QJsonObject{{u"us"_s, countOrNull(summary.domainsUs)},
                                              {u"eu"_s, countOrNull(summary.domainsEu)}});
        json.insert(u"keys"_s, countOrNull(summary.keys));
        json.insert(u"users"_s, countOrNull(summary.users));
        json.insert(u"key_id"_s,
                    summary.keyInUseId.isEmpty() ? QJsonValue() : QJsonValue(summary.keyInUseId));
        json.insert(u"key_role"_s,
                    summary.keyInUseRole.isEmpty() ? QJsonValue() : QJsonValue(summary.keyInUseRole));
    }
    if (result.error.isError())
        json.insert(u"error"_s, QJsonObject{{u"code"_s, result.error.code()},
                                            {u"http_status"_s, result.error.httpStatus},
                                            {u"server_message"_s, result.error.serverMessage}});
    return json;
}

QString resultText(const ConnectController::Result& result)
{
    QString text = result.headline() + u'\n' + result.explanation() + u'\n';
    if (!result.canUseApi())
        return text;
    const AccountSummary& summary = result.summary;
    text += u'\n' +
            QCoreApplication::translate("CheckCommand", "Domains in the US: %1")
                .arg(countText(summary.domainsUs)) +
            u'\n';
    text += QCoreApplication::translate("CheckCommand", "Domains in the EU: %1")
                .arg(countText(summary.domainsEu)) +
            u'\n';
    text += QCoreApplication::translate("CheckCommand", "API keys: %1").arg(countText(summary.keys)) + u'\n';
    text += QCoreApplication::translate("CheckCommand", "Users: %1").arg(countText(summary.users)) + u'\n';
    if (!summary.keyInUseId.isEmpty())
        text += QCoreApplication::translate("CheckCommand", "This key: id %1, role %2")
                    .arg(summary.keyInUseId, summary.keyInUseRole) +
                u'\n';
    else if (!summary.unmatchedKeyInUse().isEmpty())
        text += summary.unmatchedKeyInUse() + u'\n';
    return text;
}

} // namespace

CheckCommand::CheckCommand(const CommandLineOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{}

void CheckCommand::start()
{
    ApiEndpoints endpoints = m_options.endpoints;
    Secret key;
    if (m_options.practice) {
        QString error;
        const PracticeWorkspace* practice = PracticeWorkspace::start(this, &error);
        if (!practice) {
            ConsoleOutput::error(error);
            QTimer::singleShot(0, this, [this] { Q_EMIT finished(ExitFailed); });
            return;
        }
        endpoints = practice->endpoints();
        key = practice->presetKey();
    } else {
        const KeyInput input = KeyInput::read(m_options.keyFile);
        if (!input.error.isEmpty()) {
            ConsoleOutput::error(input.error);
            QTimer::singleShot(0, this, [this] { Q_EMIT finished(ExitUsage); });
            return;
        }
        key = input.key;
    }

    auto* client = new MailgunClient(endpoints, this);
    auto* controller = new ConnectController(this);
    if (!m_options.json)
        connect(controller, &ConnectController::progress, this,
                [](const QString& text) { ConsoleOutput::status(text); });
    connect(controller, &ConnectController::finished, this, [this](const ConnectController::Result& result) {
        if (m_options.json)
            ConsoleOutput::json(resultJson(result));
        else
            ConsoleOutput::text(resultText(result));
        Q_EMIT finished(result.canUseApi() ? ExitDone : ExitFailed);
    });
    controller->check(client, key);
}
