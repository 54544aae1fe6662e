#pragma once

#include "recovery/Journal.h"
#include "report/SupportReport.h"

#include <QList>
#include <QStringList>

// The report's part of step 2's re-test of old keys ("key-retested" entries, KeyRetest): each
// test as an action with its UTC time, and every key that still worked at its last test as
// the first thing still open.
namespace ReportKeyRetest {
bool isRetestType(const QString& type);
ReportAction action(const Journal::Entry& entry);
// One loud sentence per key whose last test found it still working, oldest first.
QStringList stillWorking(const QList<Journal::Entry>& entries);
} // namespace ReportKeyRetest
