#pragma once

#include "investigate/LookAlikeSummary.h"

#include <QStringList>

// The scan summary's lines about key-shaped strings set aside in scripts, the same in the
// wizard's folder tab and in the command line's `scan` output.
namespace LookAlikeSummaryText {

// Empty when nothing was set aside.
QStringList lines(const LookAlikeSummary& summary);

} // namespace LookAlikeSummaryText
