// Removing a route, an account webhook, a domain webhook and an "archive to" address whose
// URLs carry credentials (HostileAccount.h): the question asked first, the journal entries
// and the report built from them show the URLs with the credentials masked. A journal
// written before the program masked them still gives a masked report.
#include "FastPracticeClient.h"
#include "HostileAccount.h"
#include "investigate/AccountReview.h"
#include "recovery/AccountCleanup.h"
#include "recovery/Journal.h"
#include "report/ReportExport.h"
#include "report/SupportReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCleanupCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void questionsMaskCredentials();
    void journalAndReportMaskCredentials();
    void reportMasksAnOldJournal();

private:
    QList<AccountFinding> hostileFindings() const;
    QString journalText() const;
    static void verifyNoSecret(const QString& text, const char* where);

    PracticeServer* m_server = nullptr;
    MailgunClient* m_client = nullptr;
    AccountReview* m_review = nullptr;
    Journal* m_journal = nullptr;
};

void TestCleanupCredentials::init()
{
    m_server = new PracticeServer;
    QVERIFY(m_server->start());
    HostileAccount::seed(m_server->account());
    m_client = newFastPracticeClient(*m_server, 2);
    m_journal = new Journal(QString());
    m_review = new AccountReview(m_client);
    QSignalSpy done(m_review, &AccountReview::finished);
    m_review->start(m_server->account().seededAt().addDays(-14), QString());
    QVERIFY(done.wait(60000));
}

void TestCleanupCredentials::cleanup()
{
    delete m_review;
    delete m_journal;
    delete m_client;
    delete m_server;
}

// The four findings about the URLs with credentials, in the order route, account webhook,
// domain webhook, archive address.
QList<AccountFinding> TestCleanupCredentials::hostileFindings() const
{
    QString routeId;
    QString hookId;
    for (const PracticeRoute& route : m_server->account().region(PracticeRegion::Us).routes) {
        if (route.description == HostileAccount::routeDescription)
            routeId = route.id;
    }
    for (const PracticeAccountWebhook& hook :
         m_server->account().region(PracticeRegion::Us).accountWebhooks) {
        if (hook.url == HostileAccount::accountWebhookUrl)
            hookId = hook.id;
    }
    QList<AccountFinding> found(4);
    for (const AccountFinding& finding : m_review->findings()) {
        if (finding.objectId == routeId)
            found[0] = finding;
        else if (finding.objectId == hookId)
            found[1] = finding;
        else if (finding.objectId == HostileAccount::domainWebhookUrl)
            found[2] = finding;
        else if (finding.kindId == u"archive-to"_s)
            found[3] = finding;
    }
    return found;
}

QString TestCleanupCredentials::journalText() const
{
    QString text;
    for (const Journal::Entry& entry : m_journal->entries())
        text += QString::fromUtf8(QJsonDocument(entry.data).toJson(QJsonDocument::Compact)) + u'\n';
    return text;
}

void TestCleanupCredentials::verifyNoSecret(const QString& text, const char* where)
{
    for (const QString& secret : HostileAccount::secrets)
        QVERIFY2(!text.contains(secret),
                 qPrintable(secret + u" in "_s + QLatin1StringView(where) + u": "_s + text));
}

void TestCleanupCredentials::questionsMaskCredentials()
{
    const QList<AccountFinding> findings = hostileFindings();
    const QStringList expected{HostileAccount::maskedForwardUrl, HostileAccount::maskedAccountWebhookUrl,
                               HostileAccount::maskedDomainWebhookUrl, HostileAccount::maskedArchiveUrl};
    for (qsizetype i = 0; i < findings.size(); ++i) {
        QVERIFY2(!findings.at(i).kindId.isEmpty(), qPrintable(expected.at(i)));
        const QString question = AccountCleanup::question(findings.at(i), m_review->inventory());
        verifyNoSecret(question, "the question");
        QVERIFY2(question.contains(expected.at(i)), qPrintable(question));
    }
}

void TestCleanupCredentials::journalAndReportMaskCredentials()
{
    for (const AccountFinding& finding : hostileFindings()) {
        QVERIFY(AccountCleanup::canRemove(finding, m_review->inventory()));
        AccountCleanup cleanup(m_client, m_journal);
        QSignalSpy done(&cleanup, &AccountCleanup::finished);
        cleanup.remove(finding, m_review->inventory());
        QVERIFY(done.wait(30000));
        // The archive address stays (practice ignores an empty archive_to): the read-back says
        // so, with the credentials in the address masked too.
        const bool isArchive = finding.kindId == u"archive-to"_s;
        QVERIFY2(done.first().at(0).toBool() != isArchive, qPrintable(done.first().at(1).toString()));
        verifyNoSecret(done.first().at(1).toString(), "the outcome message");
    }
    const QString journal = journalText();
    verifyNoSecret(journal, "the journal");
    const QJsonObject route = m_journal->entries().first().data.value(u"route"_s).toObject();
    QCOMPARE(
        route.value(u"actions"_s).toArray(),
        (QJsonArray{u"forward(\"https://***@evil-relay.example.net/in?token=***&x=1\")"_s, u"stop()"_s}));
    QVERIFY(journal.contains(u"\"url\":\"https://***@collector.example.org/h?api_key=***\""_s));
    QVERIFY(journal.contains(u"\"url\":\"https://collector2.example.org/c?sig=***&e=1\""_s));
    QVERIFY(
        journal.contains(u"\"archive_to\":\"https://***@mail-archive-sync.example.com/hook?secret=***\""_s));

    const SupportReport report =
        SupportReport::build(m_journal->entries(), m_server->account().seededAt().addDays(-14));
    // Without the backslashes that escape Markdown ("\*", "\_").
    const QString markdown = ReportExport::text(report, ReportExport::Format::Markdown).remove(u'\\');
    verifyNoSecret(markdown, "the report");
    QVERIFY2(markdown.contains(HostileAccount::maskedForwardUrl), qPrintable(markdown));
    QVERIFY(markdown.contains(HostileAccount::maskedArchiveUrl));
    verifyNoSecret(ReportExport::text(report, ReportExport::Format::Html), "the HTML report");
}

void TestCleanupCredentials::reportMasksAnOldJournal()
{
    const QString description = QString(u"Backup\0\x1b[2J\u202Etxt"_s);
    QVERIFY(m_journal->append(u"webhook-deleted"_s, {{u"region"_s, u"us"_s},
                                                     {u"finding"_s, u"unknown-webhook"_s},
                                                     {u"domain"_s, u"mg.example.com"_s},
                                                     {u"event"_s, u"clicked"_s},
                                                     {u"url"_s, HostileAccount::accountWebhookUrl}}));
    const QString title =
        u"A route "_s + description + u" copies all mail to "_s + HostileAccount::forwardUrl;
    QVERIFY(m_journal->append(u"finding"_s, {{u"source"_s, u"account"_s},
                                             {u"kind"_s, u"catch-all-route"_s},
                                             {u"title"_s, title},
                                             {u"severity"_s, u"critical"_s},
                                             {u"location"_s, u"US: r1"_s}}));
    const SupportReport report =
        SupportReport::build(m_journal->entries(), m_server->account().seededAt().addDays(-14));
    for (const ReportExport::Format format : {ReportExport::Format::Markdown, ReportExport::Format::Html}) {
        const QString text = ReportExport::text(report, format).remove(u'\\');
        verifyNoSecret(text, "the report");
        QVERIFY2(text.contains(u"https://***@collector.example.org/h?api_key=***"_s), qPrintable(text));
        QVERIFY2(text.contains(HostileAccount::maskedForwardUrl) ||
                     text.contains(u"https://***@evil-relay.example.net/in?token=***&amp;x=1"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"Backup\uFFFD\uFFFD[2J\uFFFDtxt"_s), qPrintable(text));
        QString why;
        QVERIFY2(HostileAccount::terminalSafe(text.toUtf8(), &why), qPrintable(why));
    }
}

QTEST_GUILESS_MAIN(TestCleanupCredentials)
#include "tst_cleanupcredentials.moc"
