#include "investigate/GitCommitList.h"

#include "investigate/GitHandles.h"

#include <queue>

#include <unordered_map>

namespace {

struct Node
{
    git_oid id;
    git_time_t time = 0;
    int waitingParents = 0; // parents not listed yet
    std::vector<int> children;
};

class CommitGraph
{
public:
    CommitGraph(git_repository* repository, const std::atomic_bool* cancelled)
        : m_repository(repository)
        , m_cancelled(cancelled)
    {}

    // Adds a commit and, through a work list, all its ancestors; anything else is ignored.
    void addTip(const git_oid& id)
    {
        if (add(id) < 0)
            return;
        while (!m_unlinked.empty() && !cancelled()) {
            const int node = m_unlinked.back();
            m_unlinked.pop_back();
            link(node);
        }
    }

    bool cancelled() const { return m_cancelled && m_cancelled->load(std::memory_order_relaxed); }

    // Kahn's order: a commit after all its parents, the oldest ready commit first.
    std::vector<git_oid> ordered()
    {
        using Ready = std::pair<git_time_t, int>;
        std::priority_queue<Ready, std::vector<Ready>, std::greater<>> ready;
        for (int i = 0; i < int(m_nodes.size()); ++i) {
            if (m_nodes[i].waitingParents == 0)
                ready.emplace(m_nodes[i].time, i);
        }
        std::vector<git_oid> order;
        order.reserve(m_nodes.size());
        while (!ready.empty()) {
            if (cancelled())
                return {};
            const int node = ready.top().second;
            ready.pop();
            order.push_back(m_nodes[node].id);
            for (const int child : m_nodes[node].children) {
                if (--m_nodes[child].waitingParents == 0)
                    ready.emplace(m_nodes[child].time, child);
            }
        }
        return order;
    }

private:
    int add(const git_oid& id)
    {
        const auto known = m_index.find(id);
        if (known != m_index.end())
            return known->second;
        git_commit* found = nullptr;
        if (git_commit_lookup(&found, m_repository, &id) < 0)
            return -1;
        const GitCommitPtr commit(found);
        const int node = int(m_nodes.size());
        m_nodes.push_back(Node{id, git_commit_time(found), 0, {}});
        m_index.emplace(id, node);
        m_unlinked.push_back(node);
        return node;
    }

    void link(int node)
    {
        git_commit* found = nullptr;
        const git_oid id = m_nodes[node].id;
        if (git_commit_lookup(&found, m_repository, &id) < 0)
            return;
        const GitCommitPtr commit(found);
        const unsigned int parents = git_commit_parentcount(found);
        for (unsigned int i = 0; i < parents; ++i) {
            const int parent = add(*git_commit_parent_id(found, i));
            if (parent < 0)
                continue;
            ++m_nodes[node].waitingParents;
            m_nodes[parent].children.push_back(node);
        }
    }

    git_repository* m_repository;
    const std::atomic_bool* m_cancelled;
    std::vector<Node> m_nodes;
    std::unordered_map<git_oid, int, GitOidHash, GitOidEqual> m_index;
    std::vector<int> m_unlinked;
};

void addReflog(CommitGraph& graph, git_repository* repository, const char* name)
{
    git_reflog* read = nullptr;
    if (git_reflog_read(&read, repository, name) < 0)
        return;
    const GitReflogPtr reflog(read);
    const size_t count = git_reflog_entrycount(read);
    for (size_t i = 0; i < count; ++i)
        graph.addTip(*git_reflog_entry_id_new(git_reflog_entry_byindex(read, i)));
}

} // namespace

namespace GitCommitList {

std::vector<git_oid> reachable(git_repository* repository, const std::atomic_bool* cancelled)
{
    CommitGraph graph(repository, cancelled);
    git_oid head;
    if (git_reference_name_to_id(&head, repository, "HEAD") == 0)
        graph.addTip(head);
    addReflog(graph, repository, "HEAD");
    git_reference_iterator* iterating = nullptr;
    if (git_reference_iterator_new(&iterating, repository) == 0) {
        const GitReferenceIteratorPtr iterator(iterating);
        git_reference* next = nullptr;
        while (git_reference_next(&next, iterating) == 0) {
            const GitReferencePtr reference(next);
            if (graph.cancelled())
                return {};
            // An annotated tag is peeled to what it names; a tag of a tree or a file is not
            // a commit and is left out.
            git_object* peeled = nullptr;
            if (git_reference_peel(&peeled, next, GIT_OBJECT_COMMIT) == 0) {
                const GitObjectPtr target(peeled);
                graph.addTip(*git_object_id(peeled));
            }
            addReflog(graph, repository, git_reference_name(next));
        }
    }
    return graph.ordered();
}

} // namespace GitCommitList
