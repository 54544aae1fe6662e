#include "investigate/GitHistorySummary.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject GitHistorySummary::toJson() const
{
    return QJsonObject{{u"repositories"_s, repositories},
                       {u"commits"_s, commits},
                       {u"objects"_s, objects},
                       {u"bytes"_s, bytes},
                       {u"binary_objects_skipped"_s, binaryObjects},
                       {u"objects_too_large"_s, tooLarge},
                       {u"unreadable_repositories"_s, QJsonArray::fromStringList(unreadable)},
                       {u"links_not_followed"_s, QJsonArray::fromStringList(notFollowed)}};
}
