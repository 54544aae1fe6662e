#include "recovery/SmtpResetProgress.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

SmtpLoginRow rowFromJson(const QJsonObject& object)
{
    SmtpLoginRow row;
    regionFromId(object.value(u"region"_s).toString(), &row.region);
    row.domain = object.value(u"domain"_s).toString();
    row.login = object.value(u"login"_s).toString();
    row.subaccountId = object.value(u"subaccount_id"_s).toString();
    row.subaccountName = object.value(u"subaccount"_s).toString();
    row.action = object.value(u"action"_s).toString() == u"delete"_s ? SmtpLoginRow::Action::Delete
                                                                     : SmtpLoginRow::Action::NewPassword;
    row.recent = object.value(u"recent"_s).toBool();
    return row;
}

} // namespace

SmtpResetProgress SmtpResetProgress::fromJournal(const QList<Journal::Entry>& entries)
{
    using State = LoginState;
    SmtpResetProgress progress;
    for (const Journal::Entry& entry : entries) {
        if (!entry.type.startsWith(u"smtp-"_s))
            continue;
        if (entry.type == SmtpResetEntry::started) {
            progress = SmtpResetProgress(); // only the last run counts
            progress.started = true;
            QList<SmtpLoginRow> rows;
            for (const QJsonValue& value : entry.data.value(u"rows"_s).toArray())
                rows.append(rowFromJson(value.toObject()));
            progress.plan.rows = rows;
            continue;
        }
        if (entry.type == SmtpResetEntry::finished) {
            progress.finished = true;
            continue;
        }
        Region region = Region::Us;
        regionFromId(entry.data.value(u"region"_s).toString(), &region);
        const QString key = SmtpLoginRow::rowKey(region, entry.data.value(u"login"_s).toString());
        if (entry.type == SmtpResetEntry::passwordStored) {
            progress.states.insert(key, State::Stored);
            progress.storedInKeychain.insert(key, true);
            // Older journals name no entry: the password went straight to the current one.
            progress.slot.insert(key, entry.data.value(u"entry"_s).toString(u"current"_s));
            progress.pendingLeft.remove(key);
        } else if (entry.type == SmtpResetEntry::passwordNotStored) {
            progress.states.insert(key, State::Stored);
            progress.storedInKeychain.insert(key, false);
            progress.slot.remove(key);
        } else if (entry.type == SmtpResetEntry::updateSent) {
            progress.states.insert(key, State::UpdateSent);
        } else if (entry.type == SmtpResetEntry::passwordSet) {
            progress.states.insert(key, State::PasswordSet);
            if (progress.slot.value(key) == u"pending"_s)
                progress.pendingLeft.insert(key);
            progress.slot.remove(key);
        } else if (entry.type == SmtpResetEntry::updateFailed) {
            progress.states.insert(key, State::UpdateFailed);
        } else if (entry.type == SmtpResetEntry::deleteSent) {
            progress.states.insert(key, State::DeleteSent);
        } else if (entry.type == SmtpResetEntry::deleted) {
            progress.states.insert(key, State::Deleted);
        } else if (entry.type == SmtpResetEntry::deleteFailed) {
            progress.states.insert(key, State::DeleteFailed);
        }
    }
    return progress;
}
