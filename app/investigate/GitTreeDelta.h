#pragma once

#include "investigate/GitHandles.h"

#include <QByteArray>

#include <functional>
#include <unordered_set>

// The file versions (blobs) a commit's tree has that its parent's tree does not have at the
// same path, found the way `git diff-tree -r` finds them: entries with the same id are
// skipped whole, so a commit that changed one file costs a few tree reads, not a walk of
// the whole tree. Links and submodules are not files and are left out; so are dependency
// folders (node_modules, vendor) unless the scan is deep, as in the folder walk.
class GitTreeDelta
{
public:
    // The blob's id, its path in the commit ("site/.env") and its name (".env"), as bytes.
    using Visitor = std::function<void(const git_oid& blob, const QByteArray& path, const QByteArray& name)>;

    GitTreeDelta(git_repository* repository, bool deep);

    // `parent` may be null (a root commit, or a parent missing from a shallow clone): then
    // every blob of `tree`. False when a tree could not be read.
    bool added(const git_tree* parent, const git_tree* tree, const Visitor& visit);

private:
    bool walk(const git_tree* parent, const git_tree* tree, QByteArray& prefix, const Visitor& visit);

    git_repository* m_repository;
    bool m_deep;
    // Trees every blob of which was already handed out: met again, they add nothing new.
    std::unordered_set<git_oid, GitOidHash, GitOidEqual> m_wholeTreesSeen;
};
