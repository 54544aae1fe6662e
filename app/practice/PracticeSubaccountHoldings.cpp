#include "practice/PracticeSubaccountHoldings.h"

#include "practice/PracticeAccount.h"

PracticeAccount& PracticeSubaccountHoldings::of(const QString& id)
{
    std::shared_ptr<PracticeAccount>& account = m_accounts[id];
    if (!account)
        account = std::make_shared<PracticeAccount>();
    return *account;
}

PracticeAccount* PracticeSubaccountHoldings::find(const QString& id) const
{
    const auto it = m_accounts.find(id);
    return it == m_accounts.end() ? nullptr : it->second.get();
}
