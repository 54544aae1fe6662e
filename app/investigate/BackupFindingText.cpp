#include "investigate/BackupFindingText.h"

#include "investigate/LeakFinding.h"
#include "mailgun/UntrustedText.h"

#include <QCoreApplication>

namespace BackupFindingText {

namespace {

// What to do about the secret itself, as the finding's kind and the account's key list say.
QString replaceAdvice(const LeakFinding& finding)
{
    using Kind = LeakFinding::Kind;
    using Match = LeakFinding::KeyMatch;
    if (finding.match == Match::SendingKey)
        return QCoreApplication::translate(
            "BackupFindingText",
            "This key can send email for one domain. Replace it in the Mailgun Control Panel (API "
            "Security).");
    if (finding.match == Match::WebhookSigningKey || finding.kind == Kind::WebhookSigningKey)
        return QCoreApplication::translate(
            "BackupFindingText",
            "With this key, anyone can send fake Mailgun events to your website. Replace the webhook "
            "signing key in Mailgun.");
    switch (finding.kind) {
    case Kind::PublicKey:
        return QCoreApplication::translate("BackupFindingText",
                                           "This key can only check email addresses; it cannot send mail.");
    case Kind::SmtpPassword:
        return QCoreApplication::translate(
            "BackupFindingText",
            "Anyone who copied the backup can send email with this password. Reset it in Mailgun "
            "(step 3).");
    case Kind::GitRemotePassword:
        return QCoreApplication::translate(
            "BackupFindingText",
            "Anyone who copied the backup can use this password. Change it where the code is stored "
            "(GitHub, GitLab, ...).");
    default:
        return QCoreApplication::translate(
            "BackupFindingText",
            "Anyone who copied the backup can use this key. Delete it in Mailgun and make a new one "
            "(step 2). Deleting the backup is not enough.");
    }
}

} // namespace

QString where(const QString& location, const QString& archivePath)
{
    if (location == archivePath || !location.startsWith(archivePath))
        return QCoreApplication::translate("BackupFindingText", "Inside the compressed file %1")
            .arg(archivePath);
    return QCoreApplication::translate("BackupFindingText", "Inside the backup file %1: %2")
        .arg(archivePath, location.mid(archivePath.size() + 1));
}

QString advice(const LeakFinding& finding)
{
    const QString file = UntrustedText::oneLine(finding.archivePath.section(u'/', -1));
    QString text =
        QCoreApplication::translate("BackupFindingText", "It is inside the backup file %1.").arg(file) +
        u' ' + replaceAdvice(finding) + u' ';
    if (finding.inWebRoot)
        text += QCoreApplication::translate(
            "BackupFindingText",
            "This backup is in the public website folder, so anyone may have downloaded it. Delete "
            "old backups, or move them out of the public website folder.");
    else
        text += QCoreApplication::translate(
            "BackupFindingText",
            "Then delete old backups you no longer need, and keep the others out of the public "
            "website folder.");
    return text;
}

} // namespace BackupFindingText
