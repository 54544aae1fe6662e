#pragma once

#include <atomic>
#include <git2/oid.h>
#include <git2/types.h>
#include <vector>

// Every commit of a repository that anything still points to: all references (branches,
// tags, remote-tracking branches, notes, the stash), HEAD, and the entries of every
// reference log (older stash entries, commits amended or rebased away), then all their
// ancestors. Listed parents first, older first among commits that do not depend on each
// other, so the first commit that shows a file version is the one that added it.
// A missing object (a shallow clone, a pruned log entry) ends that line of history quietly.
namespace GitCommitList {

// Empty when cancelled.
std::vector<git_oid> reachable(git_repository* repository, const std::atomic_bool* cancelled);

} // namespace GitCommitList
