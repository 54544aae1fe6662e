#pragma once

#include <QCoreApplication>
#include <QEvent>

// Runs the layout requests widgets have posted, and the calls they queued for later (a table
// fitting its rows to new column widths), until none is left, so that a test measures or
// pictures the final layout instead of waiting a while for the event loop to get to it.
inline void settleLayouts()
{
    // Laying out a widget can post a request for its parent, which the same pass leaves for
    // later: repeat until a pass finds nothing to do. The bound only stops a layout loop.
    struct Counter : QObject
    {
        int seen = 0;
        bool eventFilter(QObject*, QEvent* event) override
        {
            if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::MetaCall)
                ++seen;
            return false;
        }
    } counter;
    QCoreApplication::instance()->installEventFilter(&counter);
    for (int pass = 0; pass < 100; ++pass) {
        counter.seen = 0;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (counter.seen == 0)
            break;
    }
    QCoreApplication::instance()->removeEventFilter(&counter);
}
