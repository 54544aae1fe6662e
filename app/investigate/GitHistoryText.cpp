#include "investigate/GitHistoryText.h"

#include "investigate/FindingRecord.h"
#include "investigate/LeakFinding.h"
#include "mailgun/UntrustedText.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace GitHistoryText {

namespace {

QString where(const QString& repository, const QString& pathInCommit, const QString& commit,
              const QString& date, GitOrigin::Since since)
{
    const QString folder = UntrustedText::oneLine(QDir::toNativeSeparators(repository));
    const QString path = UntrustedText::oneLine(pathInCommit);
    const QString id = UntrustedText::oneLine(commit);
    switch (since) {
    case GitOrigin::Since::Deleted:
        return QCoreApplication::translate("GitHistoryText",
                                           "In the history of %1: %2, commit %3 of %4 (deleted since)")
            .arg(folder, path, id, date);
    case GitOrigin::Since::Changed:
        return QCoreApplication::translate("GitHistoryText",
                                           "In the history of %1: %2, commit %3 of %4 (changed since)")
            .arg(folder, path, id, date);
    case GitOrigin::Since::NoWorkingFiles:
        break;
    }
    return QCoreApplication::translate("GitHistoryText", "In the history of %1: %2, commit %3 of %4")
        .arg(folder, path, id, date);
}

// What to do about the secret itself, as its kind and the account's key list say.
QString replaceAdvice(const LeakFinding& finding)
{
    using Kind = LeakFinding::Kind;
    using Match = LeakFinding::KeyMatch;
    if (finding.match == Match::SendingKey)
        return QCoreApplication::translate(
            "GitHistoryText", "This key can send email for one domain. Replace it in the Mailgun "
                              "Control Panel (API Security).");
    if (finding.match == Match::WebhookSigningKey || finding.kind == Kind::WebhookSigningKey)
        return QCoreApplication::translate("GitHistoryText",
                                           "With this key, anyone can send fake Mailgun events to your "
                                           "website. Replace the webhook signing key in Mailgun.");
    switch (finding.kind) {
    case Kind::PublicKey:
        return QCoreApplication::translate("GitHistoryText",
                                           "This key can only check email addresses; it cannot send mail.");
    case Kind::SmtpPassword:
        return QCoreApplication::translate("GitHistoryText",
                                           "Anyone can send email with this password. Reset it in Mailgun "
                                           "(step 3).");
    default:
        return QCoreApplication::translate("GitHistoryText",
                                           "Anyone can use this key. Delete it in Mailgun and make a new one "
                                           "(step 2).");
    }
}

} // namespace

QString date(const QDateTime& date)
{
    return QLocale().toString(date.date(), u"d MMM yyyy"_s);
}

QString where(const GitOrigin& origin)
{
    return where(origin.repository, origin.pathInCommit, origin.commit, date(origin.date), origin.since);
}

QString where(const FindingRecord& record)
{
    const QString prefix = record.repository + u'/';
    const QString path =
        record.location.startsWith(prefix) ? record.location.mid(prefix.size()) : record.location;
    const QDateTime when = QDateTime::fromString(record.commitDate, Qt::ISODate);
    return where(record.repository, path, record.commit, when.isValid() ? date(when) : record.commitDate,
                 GitOrigin::sinceFromId(record.since));
}

QString advice(const LeakFinding& finding)
{
    const GitOrigin& origin = finding.gitOrigin;
    const QString author = UntrustedText::forDisplay(origin.author);
    QString text = author.trimmed().isEmpty()
                       ? QCoreApplication::translate("GitHistoryText",
                                                     "It is in the code history: commit %1 of %2 added it.")
                             .arg(origin.commit, date(origin.date))
                       : QCoreApplication::translate(
                             "GitHistoryText", "It is in the code history: commit %1 of %2 by %3 added it.")
                             .arg(origin.commit, date(origin.date), author);
    text += u' ' + QCoreApplication::translate(
                       "GitHistoryText", "Deleting the file or the line does not remove it. Anyone with a "
                                         "copy of this code history, or of the .git folder on your "
                                         "website, can still read it.");
    text += u' ' + replaceAdvice(finding);
    text += u' ' + QCoreApplication::translate("GitHistoryText",
                                               "Rewriting the history is not enough, because copies of it "
                                               "already exist.");
    if (finding.inWebRoot)
        text += u' ' + QCoreApplication::translate("GitHistoryText",
                                                   "This code history is in the public website folder, so "
                                                   "anyone may have downloaded it.");
    return text;
}

} // namespace GitHistoryText
