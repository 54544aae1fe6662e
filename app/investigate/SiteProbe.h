#pragma once

#include "investigate/KeyMatcher.h"
#include "investigate/ProbeContent.h"
#include "investigate/ProbePath.h"
#include "investigate/SiteExposure.h"
#include "investigate/SoftNotFoundBaseline.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class ProbeFetch;
struct ProbeResponse;

// Step 1, the admin's own website: asks it for the files and pages that commonly leak
// Mailgun keys (.env, phpinfo pages, debug tools, wp-config.php copies, .git, backups) and
// reports the ones anyone can open, with the credentials found in them, masked. Any body it
// downloads that holds a Mailgun secret is reported, whatever its name claims, with what the
// content looked like. The admin can name the folders their site's project lives in; the
// likely files are then also asked for inside them.
// Only for sites the admin confirmed they own. Polite: GET only, one request at a time, a
// few per second, a size cap and a timeout per answer, no redirect to another host.
// It first asks for a few addresses that cannot exist, so that a site which answers "200 OK"
// with the same page to everything yields nothing.
class SiteProbe : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        double requestsPerSecond = 4.0;
        qint64 maxBodyBytes = 256 * 1024;
        qint64 maxScriptBytes = 4 * 1024 * 1024; // built bundles and source maps are larger
        int maxScripts = 12;                     // scripts and source maps read per site
        int timeoutMs = 10000;
    };
    struct Summary
    {
        int sites = 0;           // sites the probe started on
        int requests = 0;        // requests sent
        QStringList unreachable; // "address: plain reason"
        bool cancelled = false;
    };

    explicit SiteProbe(QObject* parent = nullptr);
    ~SiteProbe() override;

    void setOptions(const Options& options);
    void setKeyMatcher(const KeyMatcher& matcher);
    // Folders of the site the admin names ("shop", "apps/shop"), for the next start(). False,
    // nothing changed and the reason in `problem` when one is not a folder name
    // (ProbePath::normalisedFolder).
    bool setSiteFolders(const QStringList& folders, QString* problem = nullptr);
    QStringList siteFolders() const { return m_folders; }
    // Normalises each address (adds https:// when no scheme), refuses anything but
    // http/https. False when running or no valid address.
    bool start(const QStringList& siteAddresses);
    void cancel();
    bool isRunning() const { return m_running; }
    int plannedRequests() const { return m_total; }
    const QList<SiteExposure>& exposures() const { return m_exposures; }
    const Summary& summary() const { return m_summary; }

    // The site address `address` stands for (https:// added, path ending in '/'), or an
    // invalid URL and the reason in `problem`.
    static QUrl normalisedAddress(const QString& address, QString* problem = nullptr);
    // Requests planned per site: the soft-404 baseline, every probe path (with those in the
    // admin's folders) and the home page. The scripts the home page loads are added to the
    // plan once it is read.
    static int requestsPerSite(const QStringList& folders = {});

Q_SIGNALS:
    void progress(int done, int total);
    void exposureFound(const SiteExposure& exposure);
    void finished();

private:
    struct Site
    {
        QString address; // as the admin typed it
        QUrl base;
    };

    void next();
    void launch(const QUrl& url, bool firstBytesOnly, qint64 maxBytes);
    int stepsForSite() const;
    void onFetched();
    void handleBaseline(const ProbeResponse& response);
    void handleProbe(const ProbeResponse& response);
    void handlePage(const ProbeResponse& response);
    // A key in a body that is not what its address promises: still readable by anyone.
    void handleMismatch(const ProbePath& path, const ProbeResponse& response);
    void report(SiteExposure exposure, const ProbeResponse& response, ProbeContent::Kind content,
                QList<LeakFinding> credentials);
    void startSite();
    void endSite(const QString& unreachableReason = QString());
    void finish();

    QNetworkAccessManager* m_network;
    Options m_options;
    KeyMatcher m_matcher;
    QStringList m_folders;
    QList<ProbePath> m_plan; // ProbePath::planFor(m_folders), fixed at start()
    QList<Site> m_sites;
    qsizetype m_siteIndex = 0;
    int m_step = 0;               // baseline paths first, then m_plan, then m_pages
    QList<QUrl> m_pages;          // the home page, then the scripts and source maps it leads to
    QSet<QString> m_pageKeysSeen; // credentials already reported from pages (kind and masked value)
    QStringList m_baselinePaths;
    SoftNotFoundBaseline m_baseline;
    QString m_baselineProblem; // why the baseline got no answer
    int m_failuresInARow = 0;
    bool m_debugTokenSeen = false;
    bool m_profilerFound = false;
    ProbeFetch* m_fetch = nullptr;
    QTimer m_pace;
    QElapsedTimer m_clock;
    qint64 m_lastStartNs = -1;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_finishing = false;
    QList<SiteExposure> m_exposures;
    Summary m_summary;
};
