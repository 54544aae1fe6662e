#include "investigate/SpikeDetector.h"

#include <QtMath>

#include <algorithm>

namespace {

// Fewer extra messages than this in a day is never called a spike, however quiet the account.
constexpr double minimumSpikeSize = 50;
// 1.4826 * MAD estimates the standard deviation of normally distributed counts.
constexpr double madToSigma = 1.4826;

} // namespace

double SpikeDetector::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle)) / 2.0;
}

double SpikeDetector::spikeThreshold(double baseline, double spread)
{
    return std::max({baseline * 3.0, baseline + 6.0 * madToSigma * spread, baseline + minimumSpikeSize});
}

double SpikeDetector::raisedThreshold(double baseline, double spread)
{
    return std::max({baseline * 1.5, baseline + 4.0 * madToSigma * spread, baseline + minimumSpikeSize / 2});
}

SpikeDetector::Result SpikeDetector::find(const QList<qint64>& values)
{
    Result result;
    if (values.isEmpty())
        return result;
    QList<double> asDouble;
    asDouble.reserve(values.size());
    for (qint64 value : values)
        asDouble.append(double(value));
    result.baseline = median(asDouble);
    QList<double> deviations;
    deviations.reserve(values.size());
    for (double value : std::as_const(asDouble))
        deviations.append(qAbs(value - result.baseline));
    const double spread = median(deviations);

    const double high = spikeThreshold(result.baseline, spread);
    int peak = -1;
    for (int i = 0; i < int(values.size()); ++i) {
        if (asDouble.at(i) > high && (peak < 0 || asDouble.at(i) > asDouble.at(peak)))
            peak = i;
    }
    if (peak < 0)
        return result;
    const double raised = raisedThreshold(result.baseline, spread);
    int first = peak;
    while (first > 0 && asDouble.at(first - 1) > raised)
        --first;
    int last = peak;
    while (last + 1 < int(values.size()) && asDouble.at(last + 1) > raised)
        ++last;
    result.first = first;
    result.last = last;
    return result;
}

int SpikeDetector::firstAbove(const QList<qint64>& values, double threshold)
{
    for (int i = 0; i < int(values.size()); ++i) {
        if (double(values.at(i)) > threshold)
            return i;
    }
    return -1;
}
