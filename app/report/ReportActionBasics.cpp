#include "report/ReportActionBasics.h"

#include "report/ReportActionText.h"
#include "report/ReportSecretScrub.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ReportActionBasics {

using Result = ReportAction::Result;

QString field(const Journal::Entry& entry, const QString& name)
{
    return ReportSecretScrub::valueText(entry.data.value(name));
}

int countOf(const QJsonValue& value)
{
    return value.isArray() ? static_cast<int>(value.toArray().size()) : value.toInt();
}

QString done()
{
    return QCoreApplication::translate("ReportActionText", "Done");
}

QString failedBecause(const QString& reason)
{
    if (reason.isEmpty())
        return QCoreApplication::translate("ReportActionText", "Failed");
    return QCoreApplication::translate("ReportActionText", "Failed (%1)").arg(reason);
}

QString smtpLogin(const Journal::Entry& entry)
{
    const QString login = field(entry, u"login"_s);
    const QString domain = field(entry, u"domain"_s);
    const QString region = ReportActionText::regionText(field(entry, u"region"_s));
    if (domain.isEmpty())
        return QCoreApplication::translate("ReportActionText", "%1 (%2)").arg(login, region);
    return QCoreApplication::translate("ReportActionText", "%1 on %2 (%3)").arg(login, domain, region);
}

ReportAction make(const Journal::Entry& entry, const QString& text, Result result, const QString& resultText)
{
    ReportAction action;
    action.time = entry.time.toUTC();
    action.step = ReportActionText::stepOf(entry);
    action.text = text;
    action.result = result;
    action.resultText = resultText;
    action.type = entry.type;
    return action;
}

ReportAction recorded(const Journal::Entry& entry, const QString& text)
{
    return make(entry, text, Result::Recorded, QCoreApplication::translate("ReportActionText", "Recorded"));
}

ReportAction started(const Journal::Entry& entry, const QString& text)
{
    return make(entry, text, Result::Started, QCoreApplication::translate("ReportActionText", "Started"));
}

} // namespace ReportActionBasics
