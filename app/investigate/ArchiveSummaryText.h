#pragma once

#include "investigate/ArchiveSummary.h"

#include <QStringList>

// The scan summary's lines about backups and compressed files, the same in the wizard's
// folder tab and in the command line's `scan` output: how many were opened, and each one
// that was not read to its end, with the reason in plain words.
namespace ArchiveSummaryText {

// Empty when the scan met no backup or compressed file.
QStringList lines(const ArchiveSummary& summary);
// "it has a password.", "it unpacks to more than 10 GB.", ...
QString problemText(ArchiveProblem problem);

} // namespace ArchiveSummaryText
