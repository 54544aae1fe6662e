#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QLabel;

// Makes a status line of long work heard by a screen reader. Qt 6.4 has no announcement event
// (QAccessibleAnnouncementEvent came with 6.8), so the label itself becomes the announcement:
// assistive technology sees it as a notification named by its current text (its own
// accessible name, if it had one, becomes its description), and each new text it shows sends
// NameChanged and ObjectShow. Qt's AT-SPI bridge turns those into
// object:property-change:accessible-name and object:state-changed:showing, and Orca speaks a
// notification that becomes showing. A problem also sends an Alert event, which Qt's bridges
// for Windows and macOS pass on (its AT-SPI bridge drops it).
//
// The text is read when the label is painted: a burst of progress lines becomes one
// announcement, a hidden label says nothing, and announcements come at most every
// `minimumGapMs`; the last text of a burst is always announced.
class StatusAnnouncer : public QObject
{
    Q_OBJECT

public:
    enum class Tone
    {
        Status,
        Problem,
    };

    // Follows `label` from now on (call it right after making the label). Owned by the label.
    static StatusAnnouncer* follow(QLabel* label);
    // The tone of what `label` shows next; a label nobody follows is left alone.
    static void setTone(QLabel* label, Tone tone);

    static constexpr int minimumGapMs = 1500;

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit StatusAnnouncer(QLabel* label);
    void announceIfChanged();
    void announce(const QString& text);

    QPointer<QLabel> m_label;
    QString m_announced;
    Tone m_tone = Tone::Status;
    QElapsedTimer m_sinceLast;
    QTimer m_deferred;
};
