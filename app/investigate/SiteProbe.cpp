#include "investigate/SiteProbe.h"

#include "investigate/BufferScanner.h"
#include "investigate/ExposureCheck.h"
#include "investigate/PageScripts.h"
#include "investigate/ProbeContent.h"
#include "investigate/ProbeFetch.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Addresses that cannot exist, asked first: how the site answers a missing page.
constexpr int baselineRequests = 3;
// After this many requests in a row without an answer the site counts as unreachable.
constexpr int maxFailuresInARow = 3;

// The Mailgun secrets in a downloaded body. The scan's rules may depend on the file's name, so
// a body that is not what its name says is also read as a file of the kind it looks like.
QList<LeakFinding> credentialsIn(const ProbeResponse& response, const QString& fileName,
                                 ProbeContent::Kind content)
{
    const QString location = response.requested.toString();
    // The folder scan passes over files with NUL bytes as binary; an editor's swap file or an
    // uncompressed archive holds the text of the files in it between such bytes.
    QByteArray text = response.body;
    if (content == ProbeContent::Kind::EditorSwap || content == ProbeContent::Kind::Binary)
        text.replace('\0', '\n');
    QList<LeakFinding> found = BufferScanner::credentialsIn(text, location, fileName, true);
    const QString typical = ProbeContent::typicalFileName(content);
    if (found.isEmpty() && typical != fileName)
        found = BufferScanner::credentialsIn(text, location, typical, true);
    return found;
}

bool stopsAtOnce(const ProbeResponse& response)
{
    using Failure = ProbeResponse::Failure;
    return response.failure == Failure::Refused || response.failure == Failure::HostNotFound ||
           response.failure == Failure::Tls;
}

} // namespace

SiteProbe::SiteProbe(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_pace.setSingleShot(true);
    m_pace.setTimerType(Qt::PreciseTimer);
    connect(&m_pace, &QTimer::timeout, this, &SiteProbe::next);
}

SiteProbe::~SiteProbe()
{
    delete m_fetch;
}

void SiteProbe::setOptions(const Options& options)
{
    m_options = options;
}

void SiteProbe::setKeyMatcher(const KeyMatcher& matcher)
{
    m_matcher = matcher;
}

bool SiteProbe::setSiteFolders(const QStringList& folders, QString* problem)
{
    QStringList normalised;
    for (const QString& folder : folders) {
        if (folder.trimmed().isEmpty())
            continue;
        const QString name = ProbePath::normalisedFolder(folder, problem);
        if (name.isEmpty())
            return false;
        if (!normalised.contains(name))
            normalised.append(name);
    }
    m_folders = normalised;
    return true;
}

int SiteProbe::requestsPerSite(const QStringList& folders)
{
    return baselineRequests + int(ProbePath::planFor(folders).size()) + 1;
}

int SiteProbe::stepsForSite() const
{
    return baselineRequests + int(m_plan.size()) + int(m_pages.size());
}

QUrl SiteProbe::normalisedAddress(const QString& address, QString* problem)
{
    const auto refuse = [problem](const QString& reason) {
        if (problem)
            *problem = reason;
        return QUrl();
    };
    QString text = address.trimmed();
    if (text.isEmpty())
        return refuse(QCoreApplication::translate("SiteProbe", "The address is empty."));
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && !url.host().isEmpty() && scheme != u"http"_s && scheme != u"https"_s)
        return refuse(QCoreApplication::translate(
            "SiteProbe", "Only website addresses (starting with http:// or https://) can be checked."));
    if (!url.isValid() || url.host().isEmpty())
        return refuse(QCoreApplication::translate("SiteProbe", "This is not a website address."));
    url.setScheme(scheme);
    url.setUserInfo(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path);
    return url;
}

bool SiteProbe::start(const QStringList& siteAddresses)
{
    if (m_running)
        return false;
    m_summary = Summary();
    m_exposures.clear();
    m_sites.clear();
    QSet<QUrl> seen;
    for (const QString& address : siteAddresses) {
        QString problem;
        const QUrl base = normalisedAddress(address, &problem);
        if (!base.isValid()) {
            m_summary.unreachable.append(address + u": "_s + problem);
            continue;
        }
        if (seen.contains(base))
            continue;
        seen.insert(base);
        m_sites.append(Site{address.trimmed(), base});
    }
    if (m_sites.isEmpty())
        return false;
    m_running = true;
    m_finishing = false;
    m_siteIndex = 0;
    m_done = 0;
    m_plan = ProbePath::planFor(m_folders);
    m_total = int(m_sites.size()) * (baselineRequests + int(m_plan.size()) + 1);
    m_lastStartNs = -1;
    m_clock.start();
    startSite();
    // From the event loop, so that the caller can connect and read plannedRequests() first.
    m_pace.start(0);
    return true;
}

void SiteProbe::cancel()
{
    if (!m_running || m_finishing)
        return;
    m_pace.stop();
    if (m_fetch) {
        m_fetch->disconnect(this);
        m_fetch->cancel();
        m_fetch->deleteLater();
        m_fetch = nullptr;
    }
    m_summary.cancelled = true;
    m_finishing = true;
    QTimer::singleShot(0, this, &SiteProbe::finish);
}

void SiteProbe::startSite()
{
    ++m_summary.sites;
    m_step = 0;
    m_baselinePaths = SoftNotFoundBaseline::randomPaths();
    m_baseline = SoftNotFoundBaseline();
    m_baselineProblem.clear();
    m_failuresInARow = 0;
    m_debugTokenSeen = false;
    m_profilerFound = false;
    m_pages = {m_sites.at(m_siteIndex).base};
    m_pageKeysSeen.clear();
}

void SiteProbe::next()
{
    if (!m_running || m_finishing || m_fetch)
        return;
    if (m_siteIndex >= m_sites.size()) {
        m_finishing = true;
        finish();
        return;
    }
    // One request at a time, and never two closer than 1/rate apart.
    const double rate = m_options.requestsPerSecond > 0 ? m_options.requestsPerSecond : 4.0;
    const qint64 intervalNs = qint64(1e9 / rate);
    if (m_lastStartNs >= 0) {
        const qint64 waitNs = m_lastStartNs + intervalNs - m_clock.nsecsElapsed();
        if (waitNs > 0) {
            m_pace.start(int(std::ceil(double(waitNs) / 1e6)));
            return;
        }
    }
    const QUrl& base = m_sites.at(m_siteIndex).base;
    const int paths = int(m_plan.size());
    if (m_step < baselineRequests) {
        launch(base.resolved(QUrl(m_baselinePaths.at(m_step))), false, m_options.maxBodyBytes);
    } else if (m_step < baselineRequests + paths) {
        const ProbePath& path = m_plan.at(m_step - baselineRequests);
        launch(base.resolved(QUrl(path.path)), path.method == ProbePath::Method::GetFirstBytes,
               m_options.maxBodyBytes);
    } else {
        const int page = m_step - baselineRequests - paths;
        launch(m_pages.at(page), false, page == 0 ? m_options.maxBodyBytes : m_options.maxScriptBytes);
    }
}

void SiteProbe::launch(const QUrl& url, bool firstBytesOnly, qint64 maxBytes)
{
    m_lastStartNs = m_clock.nsecsElapsed();
    ++m_summary.requests;
    ProbeFetch::Limits limits;
    limits.maxBodyBytes = maxBytes;
    limits.timeoutMs = m_options.timeoutMs;
    m_fetch = new ProbeFetch(m_network, url, firstBytesOnly, limits, this);
    connect(m_fetch, &ProbeFetch::finished, this, &SiteProbe::onFetched);
    m_fetch->start();
}

void SiteProbe::onFetched()
{
    ProbeFetch* fetch = m_fetch;
    m_fetch = nullptr;
    const ProbeResponse response = fetch->response();
    fetch->deleteLater();
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    if (response.debugTokenHeader)
        m_debugTokenSeen = true;

    const int siteBefore = int(m_siteIndex);
    if (m_step < baselineRequests)
        handleBaseline(response);
    else if (m_step < baselineRequests + int(m_plan.size()))
        handleProbe(response);
    else
        handlePage(response);
    if (int(m_siteIndex) == siteBefore)
        ++m_step;
    if (m_siteIndex == siteBefore && m_step >= stepsForSite())
        endSite();
    next();
}

void SiteProbe::handleBaseline(const ProbeResponse& response)
{
    if (response.answered()) {
        m_baseline.add(response);
    } else if (m_baselineProblem.isEmpty() || response.failure == ProbeResponse::Failure::RedirectElsewhere) {
        m_baselineProblem = response.plainReason();
    }
    if (stopsAtOnce(response)) {
        endSite(response.plainReason());
        return;
    }
    if (m_step == baselineRequests - 1 && m_baseline.isEmpty())
        endSite(m_baselineProblem);
}

void SiteProbe::handleProbe(const ProbeResponse& response)
{
    if (response.siteUnreachable()) {
        if (++m_failuresInARow >= maxFailuresInARow || stopsAtOnce(response))
            endSite(QCoreApplication::translate("SiteProbe", "The site stopped answering. %1")
                        .arg(response.plainReason()));
        return;
    }
    m_failuresInARow = 0;
    const ProbePath& path = m_plan.at(m_step - baselineRequests);
    const ExposureCheck::Verdict verdict = ExposureCheck::check(path, response, m_baseline);
    if (verdict == ExposureCheck::Verdict::WrongType || verdict == ExposureCheck::Verdict::NoMarkers) {
        handleMismatch(path, response);
        return;
    }
    if (verdict != ExposureCheck::Verdict::Exposed)
        return;
    if (path.kind->id == u"symfony-profiler"_s)
        m_profilerFound = true;
    const ProbeContent::Kind content = ProbeContent::sniff(response.body);
    report(SiteExposure::fromKind(*path.kind, response.requested), response, content,
           credentialsIn(response, path.fileName(), content));
}

void SiteProbe::handleMismatch(const ProbePath& path, const ProbeResponse& response)
{
    // The answer was a success for this very address (check() said so before it looked at the
    // type and the markers); the site's answer to missing pages is still not a file.
    if (m_baseline.matches(response))
        return;
    const ProbeContent::Kind content = ProbeContent::sniff(response.body);
    QList<LeakFinding> credentials = credentialsIn(response, path.fileName(), content);
    if (credentials.isEmpty())
        return;
    SiteExposure exposure =
        SiteExposure::fromKind(*ProbePath::kindById(u"key-in-file"_s), response.requested);
    exposure.whatLeaks += u' ' + QCoreApplication::translate("SiteProbe", "Its content looks like %1.")
                                     .arg(ProbeContent::phrase(content));
    report(exposure, response, content, credentials);
}

void SiteProbe::report(SiteExposure exposure, const ProbeResponse& response, ProbeContent::Kind content,
                       QList<LeakFinding> credentials)
{
    exposure.contentKind = ProbeContent::id(content);
    exposure.contentText = ProbeContent::phrase(content);
    exposure.bodyTruncated = response.truncated;
    for (LeakFinding& credential : credentials)
        m_matcher.apply(credential);
    exposure.credentials = credentials;
    m_exposures.append(exposure);
    Q_EMIT exposureFound(exposure);
}

void SiteProbe::handlePage(const ProbeResponse& response)
{
    if (!response.answered() || response.status < 200 || response.status >= 300)
        return;
    const int page = m_step - baselineRequests - int(m_plan.size());
    const QUrl& site = m_sites.at(m_siteIndex).base;
    const QUrl where = response.finalUrl.isValid() ? response.finalUrl : response.requested;
    // What the home page and its scripts lead to, within the plan's limit.
    const int room = m_options.maxScripts - int(m_pages.size() - 1);
    QList<QUrl> more;
    if (page == 0)
        more = PageScripts::scriptsOf(response.body, where, site, std::max(room, 0));
    else if (room > 0) {
        const QUrl map = PageScripts::sourceMapOf(response.body, where, site);
        if (map.isValid())
            more.append(map);
    }
    for (const QUrl& url : more) {
        if (!m_pages.contains(url)) {
            m_pages.append(url);
            ++m_total;
        }
    }
    if (!more.isEmpty())
        Q_EMIT progress(m_done, m_total);

    const QString fileName = page == 0 ? u"index.html"_s : where.fileName();
    QList<LeakFinding> credentials =
        BufferScanner::credentialsIn(response.body, where.toString(), fileName, true);
    // A bundle and its source map hold the same key: report it where it is found first.
    credentials.removeIf([this](const LeakFinding& credential) {
        const QString seen = LeakFinding::kindId(credential.kind) + u'|' + credential.masked();
        if (m_pageKeysSeen.contains(seen))
            return true;
        m_pageKeysSeen.insert(seen);
        return false;
    });
    if (credentials.isEmpty())
        return;
    report(SiteExposure::fromKind(*ProbePath::kindById(u"key-in-page"_s), where), response,
           ProbeContent::sniff(response.body), credentials);
}

void SiteProbe::endSite(const QString& unreachableReason)
{
    const Site& site = m_sites.at(m_siteIndex);
    if (!unreachableReason.isEmpty()) {
        m_summary.unreachable.append(site.address + u": "_s + unreachableReason);
        // The requests not sent leave the plan, so that the progress bar still ends full.
        const int notSent = stepsForSite() - (m_step + 1);
        m_total -= qMax(0, notSent);
        Q_EMIT progress(m_done, m_total);
    } else if (m_debugTokenSeen && !m_profilerFound) {
        // Symfony marks every answer with X-Debug-Token while its profiler is on, even when
        // the profiler's own pages are at another address.
        const ExposureKind* kind = ProbePath::kindById(u"symfony-profiler"_s);
        const SiteExposure exposure = SiteExposure::fromKind(*kind, site.base);
        m_exposures.append(exposure);
        Q_EMIT exposureFound(exposure);
    }
    ++m_siteIndex;
    if (m_siteIndex < m_sites.size())
        startSite();
}

void SiteProbe::finish()
{
    m_running = false;
    m_finishing = false;
    Q_EMIT finished();
}
