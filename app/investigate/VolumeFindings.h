#pragma once

#include "investigate/AccountFinding.h"
#include "investigate/SendingVolume.h"

#include <QCoreApplication>
#include <QList>

// The sending spike, in words: how far above normal, on which days, since which hour.
class VolumeFindings
{
    Q_DECLARE_TR_FUNCTIONS(VolumeFindings)

public:
    static QList<AccountFinding> find(const SendingVolume& volume);
};
