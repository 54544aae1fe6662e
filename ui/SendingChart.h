#pragma once

#include "investigate/SendingVolume.h"

#include <QWidget>

// How much the account sent each day of the last 30 days, both regions stacked, with the
// days of the spike shaded and the usual level drawn as a line. Painted with the palette,
// so it follows light and dark themes; its accessible description says the same in words.
class SendingChart : public QWidget
{
    Q_OBJECT

public:
    explicit SendingChart(QWidget* parent = nullptr);

    void setVolume(const SendingVolume& volume);
    const SendingVolume& volume() const { return m_volume; }
    // The same as the chart, in one or two sentences.
    QString summaryText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    qint64 highest() const;

    SendingVolume m_volume;
};
