#include "SendingChart.h"

#include "LocalTimeText.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int legendHeight = 22;
constexpr int axisLabelWidth = 56;
constexpr int dateLabelHeight = 18;

QColor usColor(const QPalette& palette)
{
    return palette.color(QPalette::Highlight);
}

QColor euColor(const QPalette& palette)
{
    QColor color = palette.color(QPalette::Highlight);
    return color.lightness() > 128 ? color.darker(150) : color.lighter(160);
}

QColor spikeColor()
{
    return QColor(0xd9, 0x48, 0x3b);
}

// A round number at or above `value` for the top of the axis: 1, 2 or 5 times a power of ten.
qint64 niceCeiling(qint64 value)
{
    if (value <= 10)
        return 10;
    const double magnitude = std::pow(10.0, std::floor(std::log10(double(value))));
    for (const double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (step * magnitude >= double(value))
            return qint64(step * magnitude);
    }
    return value;
}

} // namespace

SendingChart::SendingChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"sendingChart"_s);
    setAccessibleName(tr("Email sent each day in the last 30 days"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize SendingChart::sizeHint() const
{
    return {560, 190};
}

QSize SendingChart::minimumSizeHint() const
{
    return {300, 190};
}

void SendingChart::setVolume(const SendingVolume& volume)
{
    m_volume = volume;
    setAccessibleDescription(summaryText());
    setToolTip(summaryText());
    update();
}

qint64 SendingChart::highest() const
{
    qint64 top = qint64(std::ceil(m_volume.typicalPerDay));
    for (const VolumePoint& day : m_volume.days)
        top = std::max(top, day.total());
    return top;
}

QString SendingChart::summaryText() const
{
    const QLocale locale;
    if (m_volume.days.isEmpty())
        return tr("No sending figures were read.");
    qint64 total = 0;
    for (const VolumePoint& day : m_volume.days)
        total += day.total();
    QString text = tr("Emails sent in the last %n day(s): %1, usually about %2 a day.", nullptr,
                      int(m_volume.days.size()))
                       .arg(locale.toString(total), locale.toString(qRound64(m_volume.typicalPerDay)));
    if (m_volume.hasSpike()) {
        qint64 peak = 0;
        for (int index = m_volume.spikeFirst; index <= m_volume.spikeLast; ++index)
            peak = std::max(peak, m_volume.days.at(index).total());
        const QDateTime start =
            m_volume.spikeStart.isValid() ? m_volume.spikeStart : m_volume.days.at(m_volume.spikeFirst).time;
        text += u' ' + tr("Sending jumped on %1, up to %2 in one day.")
                           .arg(LocalTimeText::dateTime(start, locale))
                           .arg(locale.toString(peak));
    } else {
        text += u' ' + tr("No unusual jump.");
    }
    return text;
}

void SendingChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QLocale locale;
    const QFontMetrics metrics = fontMetrics();

    const QRect plot = rect().adjusted(axisLabelWidth, 6, -8, -(legendHeight + dateLabelHeight));
    painter.fillRect(plot, pal.color(QPalette::Base));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawRect(plot.adjusted(0, 0, -1, -1));

    const int count = int(m_volume.days.size());
    if (count == 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("No figures yet"));
        return;
    }
    const qint64 top = niceCeiling(highest());
    const double slot = double(plot.width()) / count;
    const auto yFor = [&](double value) {
        return plot.bottom() - value / double(top) * (plot.height() - 4);
    };

    // The spike's days, shaded behind the bars.
    if (m_volume.hasSpike()) {
        QColor band = spikeColor();
        band.setAlpha(40);
        const QRectF area(plot.left() + m_volume.spikeFirst * slot, plot.top() + 1,
                          (m_volume.spikeLast - m_volume.spikeFirst + 1) * slot, plot.height() - 2);
        painter.fillRect(area, band);
    }

    for (int index = 0; index < count; ++index) {
        const VolumePoint& day = m_volume.days.at(index);
        const bool spike = m_volume.hasSpike() && index >= m_volume.spikeFirst && index <= m_volume.spikeLast;
        const double x = plot.left() + index * slot + slot * 0.15;
        const double width = std::max(1.0, slot * 0.7);
        const double usTop = yFor(double(day.us));
        const double euTop = yFor(double(day.us + day.eu));
        painter.fillRect(QRectF(x, usTop, width, plot.bottom() - usTop), spike ? spikeColor() : usColor(pal));
        painter.fillRect(QRectF(x, euTop, width, usTop - euTop),
                         spike ? spikeColor().lighter(140) : euColor(pal));
    }

    // The usual level.
    if (m_volume.typicalPerDay > 0) {
        QPen dashed(pal.color(QPalette::Text), 1, Qt::DashLine);
        painter.setPen(dashed);
        const double y = yFor(m_volume.typicalPerDay);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }

    // The axis: zero and the top.
    painter.setPen(pal.color(QPalette::Text));
    const QRect topLabel(0, plot.top() - 2, axisLabelWidth - 6, metrics.height());
    painter.drawText(topLabel, Qt::AlignRight | Qt::AlignTop, locale.toString(top));
    const QRect zeroLabel(0, plot.bottom() - metrics.height(), axisLabelWidth - 6, metrics.height());
    painter.drawText(zeroLabel, Qt::AlignRight | Qt::AlignBottom, u"0"_s);

    // First, middle and last day.
    for (const int index : {0, count / 2, count - 1}) {
        const QString label = locale.toString(m_volume.days.at(index).time.toLocalTime().date(), u"d MMM"_s);
        const int center = int(plot.left() + (index + 0.5) * slot);
        const int width = metrics.horizontalAdvance(label) + 4;
        const int left = std::clamp(center - width / 2, plot.left(), plot.right() - width);
        painter.drawText(QRect(left, plot.bottom() + 2, width, dateLabelHeight), Qt::AlignCenter, label);
    }

    // The legend.
    int x = plot.left();
    const int y = height() - legendHeight + 4;
    const auto legend = [&](const QColor& color, const QString& text, bool dashedLine = false) {
        if (dashedLine) {
            painter.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DashLine));
            painter.drawLine(x, y + 7, x + 14, y + 7);
        } else {
            painter.fillRect(QRect(x, y + 2, 12, 12), color);
        }
        painter.setPen(pal.color(QPalette::Text));
        const int width = metrics.horizontalAdvance(text);
        painter.drawText(QRect(x + 18, y, width + 2, 16), Qt::AlignVCenter | Qt::AlignLeft, text);
        x += 18 + width + 16;
    };
    legend(usColor(pal), tr("US region"));
    legend(euColor(pal), tr("EU region"));
    if (m_volume.hasSpike())
        legend(spikeColor(), tr("Unusual"));
    if (m_volume.typicalPerDay > 0)
        legend({}, tr("Usual level"), true);
}
