#pragma once

#include <cstring>
#include <git2.h>
#include <memory>

// Owning pointers for the libgit2 objects the history scan uses, and a hash for object ids.
// Only the history scan's .cpp files include this header.
template <class Object, void (*release)(Object*)>
struct GitRelease
{
    void operator()(Object* object) const { release(object); }
};

using GitRepositoryPtr = std::unique_ptr<git_repository, GitRelease<git_repository, git_repository_free>>;
using GitCommitPtr = std::unique_ptr<git_commit, GitRelease<git_commit, git_commit_free>>;
using GitTreePtr = std::unique_ptr<git_tree, GitRelease<git_tree, git_tree_free>>;
using GitOdbPtr = std::unique_ptr<git_odb, GitRelease<git_odb, git_odb_free>>;
using GitOdbObjectPtr = std::unique_ptr<git_odb_object, GitRelease<git_odb_object, git_odb_object_free>>;
using GitReferencePtr = std::unique_ptr<git_reference, GitRelease<git_reference, git_reference_free>>;
using GitObjectPtr = std::unique_ptr<git_object, GitRelease<git_object, git_object_free>>;
using GitReflogPtr = std::unique_ptr<git_reflog, GitRelease<git_reflog, git_reflog_free>>;
using GitReferenceIteratorPtr =
    std::unique_ptr<git_reference_iterator, GitRelease<git_reference_iterator, git_reference_iterator_free>>;

// Object ids are already uniformly distributed: their first bytes are a good hash.
struct GitOidHash
{
    std::size_t operator()(const git_oid& id) const
    {
        std::size_t hash = 0;
        std::memcpy(&hash, id.id, sizeof hash);
        return hash;
    }
};

struct GitOidEqual
{
    bool operator()(const git_oid& a, const git_oid& b) const { return git_oid_equal(&a, &b) != 0; }
};
