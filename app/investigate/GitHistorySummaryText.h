#pragma once

#include "investigate/GitHistorySummary.h"

#include <QStringList>

// The scan summary's lines about git repositories, the same in the wizard's folder tab and in
// the command line's `scan` output: how many repositories, commits and file versions were
// read, and what was not.
namespace GitHistorySummaryText {

// Empty when the scan met no repository.
QStringList lines(const GitHistorySummary& summary);

} // namespace GitHistorySummaryText
