#pragma once

#include "investigate/FindingRecord.h"

#include <QPointer>
#include <QWidget>

class FindingsTable;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class RecoverySession;
class SiteProbe;

// Step 1, "Your website": the admin gives their own site's address and confirms it is
// theirs; the program asks it, gently (a few requests a second, reading only), for the
// files that commonly give keys away, and says for each one found what leaks and how to
// close it. Findings go to the journal, for the report and for step 2.
class WebsiteProbePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WebsiteProbePanel(RecoverySession* session, QWidget* parent = nullptr);

    void setAddresses(const QString& addresses);
    // The folder(s) of the site that hold its program files ("shop"; several with commas).
    void setFolder(const QString& folder);
    void setOwnershipConfirmed(bool confirmed);
    void startProbe();
    void stopProbe();
    bool isRunning() const;
    FindingsTable* table() const { return m_table; }
    // For tests: requests per second (the default is gentle on a real site).
    void setRequestsPerSecond(double rate) { m_requestsPerSecond = rate; }

Q_SIGNALS:
    void runningChanged(bool running);
    void findingsRecorded(bool foundNothing);

private:
    QStringList addresses() const;
    QStringList folders() const;
    void onFinished(const QList<FindingRecord>& records, bool saved);
    void updateButtons();
    void setRunning(bool running);

    RecoverySession* m_session;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_folder = nullptr;
    QCheckBox* m_owned = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    FindingsTable* m_table = nullptr;
    QPointer<SiteProbe> m_probe;
    double m_requestsPerSecond = 4.0;
    bool m_running = false;
};
