#include "investigate/GitTreeDelta.h"

#include "investigate/FileWalker.h"

#include <QString>

namespace {

bool isFile(const git_tree_entry* entry)
{
    const git_filemode_t mode = git_tree_entry_filemode(entry);
    return mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE;
}

} // namespace

GitTreeDelta::GitTreeDelta(git_repository* repository, bool deep)
    : m_repository(repository)
    , m_deep(deep)
{}

bool GitTreeDelta::added(const git_tree* parent, const git_tree* tree, const Visitor& visit)
{
    QByteArray prefix;
    return walk(parent, tree, prefix, visit);
}

bool GitTreeDelta::walk(const git_tree* parent, const git_tree* tree, QByteArray& prefix,
                        const Visitor& visit)
{
    bool complete = true;
    const size_t count = git_tree_entrycount(tree);
    for (size_t i = 0; i < count; ++i) {
        const git_tree_entry* entry = git_tree_entry_byindex(tree, i);
        const char* name = git_tree_entry_name(entry);
        const git_oid* id = git_tree_entry_id(entry);
        const git_tree_entry* before = parent ? git_tree_entry_byname(parent, name) : nullptr;
        if (before && git_oid_equal(git_tree_entry_id(before), id))
            continue;
        const git_object_t type = git_tree_entry_type(entry);
        const qsizetype mark = prefix.size();
        if (type == GIT_OBJECT_TREE) {
            if (!m_deep && FileWalker::isDependencyFolder(QString::fromUtf8(name)))
                continue;
            if (m_wholeTreesSeen.count(*id))
                continue;
            git_tree* found = nullptr;
            if (git_tree_lookup(&found, m_repository, id) < 0) {
                complete = false;
                continue;
            }
            const GitTreePtr subtree(found);
            GitTreePtr subtreeBefore;
            if (before && git_tree_entry_type(before) == GIT_OBJECT_TREE) {
                git_tree* old = nullptr;
                if (git_tree_lookup(&old, m_repository, git_tree_entry_id(before)) == 0)
                    subtreeBefore.reset(old);
            }
            prefix.append(name).append('/');
            const bool whole = walk(subtreeBefore.get(), found, prefix, visit);
            prefix.truncate(mark);
            complete = complete && whole;
            if (!subtreeBefore && whole)
                m_wholeTreesSeen.insert(*id);
        } else if (type == GIT_OBJECT_BLOB && isFile(entry)) {
            prefix.append(name);
            visit(*id, prefix, QByteArray(name));
            prefix.truncate(mark);
        }
    }
    return complete;
}
