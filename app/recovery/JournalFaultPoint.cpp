#include "recovery/JournalFaultPoint.h"

#ifdef MRA_FAULT_INJECTION
#include <QtGlobal>

#include <csignal>
#endif

namespace JournalFaultPoint {

void afterAppend()
{
#ifdef MRA_FAULT_INJECTION
    static int appended = 0;
    static const int killAfter = qEnvironmentVariableIntValue("MRA_KILL_AFTER_JOURNAL_APPEND");
    ++appended;
    if (killAfter > 0 && appended == killAfter)
        std::raise(SIGKILL);
#endif
}

} // namespace JournalFaultPoint
