#pragma once

#include "mailgun/ApiError.h"

#include <QString>
#include <QStringList>

// The parts of the account the review could not read, one plain sentence each, and whether
// it could read anything at all. A part that failed never stops the rest of the review.
class ReviewProblems
{
public:
    void clear();
    // `part` names what could not be read, as a sentence subject ("The API keys",
    // "The SMTP logins of mg.example.com (US)").
    void add(const QString& part, const ApiError& error);
    void addSentence(const QString& sentence);
    void succeeded() { ++m_succeeded; }

    const QStringList& sentences() const { return m_sentences; }
    int succeededCount() const { return m_succeeded; }
    int failedCount() const { return m_failed; }
    // Kinds of the errors seen, e.g. to tell "the key is dead" from "some parts refused".
    bool onlyErrorsOfKind(ApiError::Kind kind) const;

    // When every part failed for the same reason (a dead key, no connection), one sentence
    // says so instead of the same reason once per part.
    void collapseWhenNothingRead();

    static QString sentence(const QString& part, const ApiError& error);

private:
    QStringList m_sentences;
    QList<ApiError::Kind> m_kinds;
    ApiError m_firstError;
    int m_succeeded = 0;
    int m_failed = 0;
};
