#pragma once

#include "investigate/FindingRecord.h"

#include <QPointer>
#include <QWidget>

class FindingsTable;
class LeakScanner;
class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class RecoverySession;

// Step 1, "Your files": the admin picks folders (a website's files, a downloaded backup, a
// project), and the program looks through them for Mailgun keys and passwords and for files
// that give secrets away. Found keys are matched against the account's keys when the API can
// be used. Findings go to the journal, for the report and for step 2.
class FolderScanPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FolderScanPanel(RecoverySession* session, QWidget* parent = nullptr);

    void addFolder(const QString& path);
    QStringList folders() const;
    // Starts the scan (after reading the account's key ids when the API can be used).
    void startScan();
    void stopScan();
    bool isRunning() const;
    FindingsTable* table() const { return m_table; }

Q_SIGNALS:
    void runningChanged(bool running);
    void findingsRecorded();

private:
    void chooseFolder();
    void removeSelected();
    void onFinished(const QList<FindingRecord>& records, bool saved);
    void updateButtons();
    void setRunning(bool running);

    RecoverySession* m_session;
    QListWidget* m_folders = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QCheckBox* m_deep = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    FindingsTable* m_table = nullptr;
    QPointer<LeakScanner> m_scanner;
    bool m_running = false;
};
