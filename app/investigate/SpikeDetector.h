#pragma once

#include <QList>
#include <QtGlobal>

// Finds a sudden rise in a series of counts (messages a day, or an hour). The baseline is
// the median, which a few days of abuse cannot drag up the way an average would, and a day
// counts as part of a spike only when it is far above both the baseline and the ordinary
// spread of the series (its median absolute deviation).
class SpikeDetector
{
public:
    struct Result
    {
        double baseline = 0;
        int first = -1; // index of the first value of the spike; -1 when there is none
        int last = -1;

        bool found() const { return first >= 0; }
    };

    // The most prominent run of values far above the baseline, widened to neighbours that
    // are still clearly raised (the day the abuse began is often only partly affected).
    static Result find(const QList<qint64>& values);

    // The index of the first value above `threshold`; -1 when none is.
    static int firstAbove(const QList<qint64>& values, double threshold);

    static double median(QList<double> values);
    // A value must exceed this to count as a spike, given the baseline and the spread.
    static double spikeThreshold(double baseline, double spread);
    // Neighbours of a spike above this are counted in it.
    static double raisedThreshold(double baseline, double spread);
};
