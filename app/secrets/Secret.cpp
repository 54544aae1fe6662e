#include "secrets/Secret.h"

#include <QDebug>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Overwrites the characters when this object is the only owner of the buffer, so the
// value does not linger in freed memory. Shared copies are wiped by their last owner.
void wipe(QString& value)
{
    if (!value.isDetached())
        return;
    std::fill(value.begin(), value.end(), QChar(u'\0'));
}

} // namespace

Secret::Secret(QString value)
    : m_value(std::move(value))
{}

Secret::~Secret()
{
    wipe(m_value);
}

Secret::Secret(Secret&& other) noexcept
    : m_value(std::exchange(other.m_value, QString()))
{}

Secret& Secret::operator=(Secret&& other) noexcept
{
    if (this != &other) {
        wipe(m_value);
        m_value = std::exchange(other.m_value, QString());
    }
    return *this;
}

// Enough of the start and the end to tell two keys apart, never more than a third of the
// value (a short password keeps most of its strength) and never more than four characters
// each side. Under six characters nothing is shown.
QString Secret::mask(const QString& value)
{
    const qsizetype shown = qMin<qsizetype>(value.size() / 3, 8);
    if (shown < 2)
        return QString(value.size(), u'•');
    const qsizetype head = (shown + 1) / 2;
    return value.left(head) + u"…"_s + value.right(shown - head);
}

QString Secret::masked() const
{
    return mask(m_value);
}

void Secret::clear()
{
    wipe(m_value);
    m_value.clear();
}

QDebug operator<<(QDebug debug, const Secret& secret)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Secret(" << secret.masked() << ')';
    return debug;
}
