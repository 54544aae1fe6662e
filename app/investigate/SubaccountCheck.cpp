#include "investigate/SubaccountHoldings.h"

namespace {

QSet<QString> folded(const QStringList& names)
{
    QSet<QString> set;
    for (const QString& name : names)
        set.insert(name.toCaseFolded());
    return set;
}

} // namespace

SubaccountListState SubaccountCheck::judge(const QStringList& answer, const QStringList& parent,
                                           bool parentRead)
{
    if (!parentRead)
        return SubaccountListState::Unconfirmed;
    // Ids are unique across accounts: one of the parent's in the answer means the header was
    // ignored (or the answer mixes both).
    if (folded(answer).intersects(folded(parent)))
        return SubaccountListState::NotItsOwn;
    // Empty like the parent's: the same answer either way.
    if (answer.isEmpty() && parent.isEmpty())
        return SubaccountListState::Unconfirmed;
    return SubaccountListState::Listed;
}

SubaccountListState SubaccountCheck::judgeDomains(const QStringList& answer, const QStringList& parent,
                                                  bool parentRead, const QStringList& expected,
                                                  bool expectedRead)
{
    if (parentRead && folded(answer).intersects(folded(parent)))
        return SubaccountListState::NotItsOwn;
    if (expectedRead)
        return folded(answer) == folded(expected) ? SubaccountListState::Listed
                                                  : SubaccountListState::NotItsOwn;
    return judge(answer, parent, parentRead);
}
