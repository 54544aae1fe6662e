#pragma once

#include "investigate/GitRepositoryEntry.h"

#include <QStringList>

#include <memory>

class GitHistoryTally;
struct git_repository;

// Opens a repository the folder walk met, read-only and without its work tree. A `.git` file
// is followed only to a repository inside the scanned folders, and so is the common folder a
// linked work tree shares; a repository already read through another path is not read again.
// Repositories owned by another user are opened too (libgit2's owner check guards running
// commands from a stranger's configuration; the scan runs none).
namespace GitRepositoryOpener {

enum class Outcome
{
    Opened,
    NotRepository, // a .git folder or file that holds no repository: nothing to say
    NotFollowed,   // points outside the scanned folders (counted in the tally)
    AlreadyRead,   // the same repository through another path
    Unreadable,    // a repository that could not be opened (counted in the tally)
};

struct Result
{
    Outcome outcome = Outcome::NotRepository;
    std::shared_ptr<git_repository> repository;
};

// `roots`: the canonical paths of the folders the admin picked.
Result open(const GitRepositoryEntry& entry, const QStringList& roots, GitHistoryTally& tally);
// Sets libgit2 up once per process (owner check off, bounded memory maps and caches).
void initLibrary();

} // namespace GitRepositoryOpener
