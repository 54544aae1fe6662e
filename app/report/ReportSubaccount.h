#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// One subaccount as the support report lists it (ReportSubaccounts): what step 1 read of it
// and what the program did about it.
struct ReportSubaccount
{
    QString id;
    QString name;
    QString status; // as the review read it
    QDateTime createdAt;
    QStringList holdings; // plain sentences
    QString outcome;      // what the program did about it; empty when nothing
};
