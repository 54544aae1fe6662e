#include "mailgun/api/AccountUser.h"
#include "mailgun/api/ApiPath.h"
#include "mailgun/api/Domain.h"
#include "mailgun/api/DomainWebhooks.h"
#include "mailgun/api/KeyInfo.h"
#include "mailgun/api/MetricsSeries.h"
#include "mailgun/api/SmtpCredential.h"
#include "mailgun/api/StatsTotals.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The models read the examples of Mailgun's OpenAPI spec, including the odd shapes the
// practice server does not produce.
class TestApiModels : public QObject
{
    Q_OBJECT

private slots:
    void createdKeyFromSpecExample();
    void domainWithDisabledDetailsAndNoSecret();
    void domainWebhooksReadLegacySingleUrl();
    void credentialChangeReadsGeneratedPassword();
    void userWithNullDates();
    void statsTotalsFromSpecExample();
    void metricsFromSpecExample();
    void pathSegmentsAreEncoded();

private:
    static QJsonObject parse(const char* json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }
};

void TestApiModels::createdKeyFromSpecExample()
{
    const QJsonObject body = parse(R"({"message":"great success","key":{"id":"f2153fd0-f1277777",
        "description":"api key","kind":"domain","role":"sending","created_at":"2006-01-02T15:04:05",
        "updated_at":"2006-01-02T15:04:05","requestor":null,"user_name":null,"domain_name":"example.com",
        "is_disabled":false,"secret":"api-key-be-careful"}})");
    const CreatedKey key = CreatedKey::fromJson(body.value(u"key"_s).toObject());
    QCOMPARE(key.info.id, u"f2153fd0-f1277777"_s);
    QCOMPARE(key.info.kind, u"domain"_s);
    QCOMPARE(key.info.role, u"sending"_s);
    QCOMPARE(key.info.domainName, u"example.com"_s);
    QVERIFY(key.info.requestor.isEmpty());
    QCOMPARE(key.info.createdAt, QDateTime(QDate(2006, 1, 2), QTime(15, 4, 5), QTimeZone::utc()));
    QVERIFY(!key.info.expiresAt.isValid());
    QCOMPARE(key.secret.reveal(), u"api-key-be-careful"_s);
    const QByteArray json = QJsonDocument(key.info.toJson()).toJson();
    QVERIFY(!json.contains("api-key-be-careful"));
}

void TestApiModels::domainWithDisabledDetailsAndNoSecret()
{
    const Domain domain = Domain::fromJson(parse(R"({"created_at":"Mon, 02 Jan 2006 15:04:05 MST","id":"1",
        "name":"example.com","state":"disabled","type":"custom","is_disabled":true,"smtp_login":"postmaster@example.com",
        "smtp_password":"hunter2-secret","archive_to":"https://evil.example.net/a",
        "disabled":{"code":"blacklisted","note":"for debugging","permanently":true,"reason":"bad customer"}})"));
    QCOMPARE(domain.name, u"example.com"_s);
    QVERIFY(domain.isDisabled);
    QCOMPARE(domain.disabledCode, u"blacklisted"_s);
    QCOMPARE(domain.disabledReason, u"bad customer"_s);
    QVERIFY(domain.disabledPermanently);
    QCOMPARE(domain.archiveTo, u"https://evil.example.net/a"_s);
    QCOMPARE(domain.createdAt, QDateTime(QDate(2006, 1, 2), QTime(22, 4, 5), QTimeZone::utc()));
    QVERIFY(!QJsonDocument(domain.toJson()).toJson().contains("hunter2-secret"));
}

void TestApiModels::domainWebhooksReadLegacySingleUrl()
{
    const DomainWebhooks hooks = DomainWebhooks::fromJson(parse(R"({
        "delivered":{"urls":["https://a.example.com","https://b.example.com"]},
        "opened":{"url":"https://legacy.example.com"},
        "clicked":{"urls":[]}})"));
    QCOMPARE(hooks.urlsByEvent.size(), 2);
    QCOMPARE(hooks.urlsByEvent.value(u"delivered"_s),
             QStringList({u"https://a.example.com"_s, u"https://b.example.com"_s}));
    QCOMPARE(hooks.urlsByEvent.value(u"opened"_s), QStringList{u"https://legacy.example.com"_s});
    QCOMPARE(hooks.allUrls().size(), 3);
    QCOMPARE(DomainWebhooks::fromJson(hooks.toJson()).urlsByEvent, hooks.urlsByEvent);
}

void TestApiModels::credentialChangeReadsGeneratedPassword()
{
    const CredentialChange generated =
        CredentialChange::fromJson(parse(R"json({"message":"Created 1 credentials pair(s)","note":"store it",
                      "credentials":{"alice@mg.example.com":"Gen3ratedPassw0rd"}})json"),
                                   u"alice@mg.example.com"_s);
    QCOMPARE(generated.generatedPassword.reveal(), u"Gen3ratedPassw0rd"_s);
    const CredentialChange supplied =
        CredentialChange::fromJson(parse(R"({"message":"Password changed"})"), u"alice@mg.example.com"_s);
    QVERIFY(supplied.generatedPassword.isEmpty());
    QCOMPARE(supplied.message, u"Password changed"_s);
}

void TestApiModels::userWithNullDates()
{
    const AccountUser user = AccountUser::fromJson(parse(R"({"id":"u1","name":"Jo","email":"jo@example.com",
        "role":"admin","is_master":true,"is_disabled":false,"activated":true,"tfa_enabled":false,
        "tfa_active":false,"tfa_created_at":null,"password_updated_at":"2022-12-20T16:52:01.892000"})"));
    QVERIFY(user.isMaster);
    QVERIFY(!user.tfaCreatedAt.isValid());
    QCOMPARE(user.passwordUpdatedAt, QDateTime(QDate(2022, 12, 20), QTime(16, 52, 1, 892), QTimeZone::utc()));
    QVERIFY(user.toJson().value(u"tfa_created_at"_s).isNull());
}

void TestApiModels::statsTotalsFromSpecExample()
{
    const StatsTotals totals = StatsTotals::fromJson(parse(R"({"description":"Optional Description",
        "start":"Tue, 14 Feb 2012 00:00:00 UTC","end":"Fri, 01 Apr 2012 00:00:00 UTC","resolution":"month",
        "stats":[{"time":"Fri, 01 Apr 2012 00:00:00 UTC","accepted":{"incoming":2,"outgoing":1,"total":3},
        "delivered":{"smtp":15,"http":10,"optimized":5,"total":20},
        "failed":{"temporary":{"espblock":1,"total":2},"permanent":{"bounce":3,"total":4}}}]})"));
    QCOMPARE(totals.start, QDateTime(QDate(2012, 2, 14), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(totals.points.size(), qsizetype(1));
    const StatsPoint& point = totals.points.constFirst();
    QCOMPARE(point.time, QDateTime(QDate(2012, 4, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(point.acceptedOutgoing, qint64(1));
    QCOMPARE(point.acceptedTotal, qint64(3));
    QCOMPARE(point.deliveredTotal, qint64(20));
    QCOMPARE(point.failedTotal(), qint64(6));
    QCOMPARE(totals.failedTotal(), qint64(6));
}

void TestApiModels::metricsFromSpecExample()
{
    const MetricsSeries series = MetricsSeries::fromJson(parse(R"({"start":"Mon, 13 Nov 2023 20:56:50 -0600",
        "end":"Wed, 20 Dec 2023 20:56:50 -0600","resolution":"month","duration":"1m","dimensions":["time","domain"],
        "pagination":{"sort":"timestamp:asc","skip":0,"limit":10,"total":1},
        "items":[{"dimensions":[{"dimension":"time","value":"Fri, 01 Dec 2023 00:00:00 +0000",
                   "display_value":"Fri, 01 Dec 2023 00:00:00 +0000"},
                  {"dimension":"domain","value":"mg.example.com","display_value":"mg.example.com"}],
                  "metrics":{"accepted_outgoing_count":30,"delivered_count":60,"clicked_rate":"0.8300"}}],
        "aggregates":{"metrics":{"accepted_outgoing_count":30}}})"));
    QCOMPARE(series.start, QDateTime(QDate(2023, 11, 14), QTime(2, 56, 50), QTimeZone::utc()));
    QCOMPARE(series.points.size(), qsizetype(1));
    const MetricsPoint& point = series.points.constFirst();
    QCOMPARE(point.time, QDateTime(QDate(2023, 12, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(point.domain, u"mg.example.com"_s);
    QCOMPARE(point.metric(u"accepted_outgoing_count"_s), 30.0);
    QCOMPARE(point.metric(u"clicked_rate"_s), 0.83);
    QCOMPARE(series.aggregates.value(u"accepted_outgoing_count"_s), 30.0);
    QCOMPARE(series.total, 1);
}

void TestApiModels::pathSegmentsAreEncoded()
{
    QCOMPARE(encodedPathSegment(u"postmaster@mg.example.com"_s), u"postmaster%40mg.example.com"_s);
    // Data can never add a path segment or a query.
    QCOMPARE(encodedPathSegment(u"../v1/keys?x=1"_s), u"..%2Fv1%2Fkeys%3Fx%3D1"_s);
    QCOMPARE(encodedPathSegment(u"4f3bad2335335426750048c6"_s), u"4f3bad2335335426750048c6"_s);
}

QTEST_GUILESS_MAIN(TestApiModels)
#include "tst_apimodels.moc"
