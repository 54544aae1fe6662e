#include "StateIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

QPixmap paintStateIcon(StateIcon kind, const QPalette& palette, qreal devicePixelRatio, bool onHighlight)
{
    QPixmap pixmap(QSize(stateIconSize, stateIconSize) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);

    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle(2.5, 2.5, stateIconSize - 5, stateIconSize - 5);
    const QColor text = palette.color(onHighlight ? QPalette::HighlightedText : QPalette::WindowText);
    const QColor accent =
        onHighlight ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Highlight);

    switch (kind) {
    case StateIcon::Todo: {
        QColor ring = text;
        ring.setAlphaF(0.45f);
        painter.setPen(QPen(ring, 1.5));
        painter.drawEllipse(circle);
        break;
    }
    case StateIcon::Current:
        painter.setPen(QPen(accent, 2.0));
        painter.drawEllipse(circle);
        painter.setPen(Qt::NoPen);
        painter.setBrush(accent);
        painter.drawEllipse(circle.center(), 3.5, 3.5);
        break;
    case StateIcon::Done: {
        // Green reads as "done", and red/orange as "problem", on light and dark themes alike;
        // the mark inside carries the meaning for those who cannot tell the colours apart.
        const QColor fill = onHighlight ? palette.color(QPalette::HighlightedText) : QColor(0x2e, 0x9d, 0x4a);
        const QColor tick = onHighlight ? palette.color(QPalette::Highlight) : QColor(Qt::white);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawEllipse(circle.adjusted(-1, -1, 1, 1));
        QPainterPath path;
        path.moveTo(6.0, 10.5);
        path.lineTo(8.8, 13.3);
        path.lineTo(14.2, 7.2);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(tick, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
        break;
    }
    case StateIcon::Problem: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xd3, 0x5f, 0x1e));
        painter.drawEllipse(circle.adjusted(-1, -1, 1, 1));
        painter.setPen(QPen(Qt::white, 2.4, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(10, 5.8), QPointF(10, 11.2));
        painter.drawPoint(QPointF(10, 14.4));
        break;
    }
    }
    return pixmap;
}
