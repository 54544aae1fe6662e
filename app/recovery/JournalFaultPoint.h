#pragma once

// A crash on purpose, for the fault-injection tests only (tests/cli): with the build option
// MRA_FAULT_INJECTION (on in test builds, never in a release) and the environment variable
// MRA_KILL_AFTER_JOURNAL_APPEND=N, the process kills itself with SIGKILL right after its
// N-th journal entry has reached the disk. That is the worst moment a real crash, a power
// cut or a closed terminal can choose: the entry is recorded, the next step has not begun.
// Without the build option this does nothing and reads no environment.
namespace JournalFaultPoint {
void afterAppend();
}
