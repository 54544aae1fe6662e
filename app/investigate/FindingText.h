#pragma once

#include <QDateTime>
#include <QString>

struct KeyInfo;

// Wording shared by the account review's findings, so a key or a date reads the same
// everywhere.
namespace FindingText {
// "31 hours ago", "3 days ago", "on 2024-03-02".
QString age(const QDateTime& then, const QDateTime& now);
// "2026-11-27 14:00 UTC".
QString dateTime(const QDateTime& at);
// "2026-11-27".
QString date(const QDateTime& at);
// "the key “api” created 31 hours ago (creator recorded as mailops.backup@proton.me)".
QString key(const KeyInfo& key, const QDateTime& now);
// A whole number with thousands separators: "12,345".
QString count(qint64 value);
} // namespace FindingText
