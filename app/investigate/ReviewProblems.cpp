#include "investigate/ReviewProblems.h"

#include <QCoreApplication>

void ReviewProblems::clear()
{
    m_sentences.clear();
    m_kinds.clear();
    m_succeeded = 0;
    m_failed = 0;
    m_firstError = ApiError();
}

QString ReviewProblems::sentence(const QString& part, const ApiError& error)
{
    //: %1 names what was read, starting in lower case ("the list of API keys"); %2 is Mailgun's error
    //: explained in a sentence or two.
    return QCoreApplication::translate("AccountReview", "Could not read %1. %2")
        .arg(part, error.userMessage());
}

void ReviewProblems::add(const QString& part, const ApiError& error)
{
    if (m_failed++ == 0)
        m_firstError = error;
    m_kinds.append(error.kind);
    addSentence(sentence(part, error));
}

void ReviewProblems::addSentence(const QString& sentence)
{
    if (!m_sentences.contains(sentence))
        m_sentences.append(sentence);
}

bool ReviewProblems::onlyErrorsOfKind(ApiError::Kind kind) const
{
    if (m_kinds.isEmpty())
        return false;
    for (ApiError::Kind seen : m_kinds) {
        if (seen != kind)
            return false;
    }
    return true;
}

void ReviewProblems::collapseWhenNothingRead()
{
    if (m_succeeded > 0 || m_failed < 2 || !onlyErrorsOfKind(m_firstError.kind))
        return;
    m_sentences = {QCoreApplication::translate("AccountReview", "No part of the account could be read. %1")
                       .arg(m_firstError.userMessage())};
}
