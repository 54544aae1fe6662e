// Steps 4 and 5 as a checklist the program verifies: the users of the practice account, who
// changed their password after the incident start and who has 2FA active, a user changing
// between two refreshes, the errors a non-admin or dead key gets, and what the journal keeps
// (never a secret).
#include "UserStatusFixture.h"

class TestUserStatus : public UserStatusFixture
{
    Q_OBJECT

private Q_SLOTS:
    void judgesEachUserAgainstTheIncidentStart();
    void aUserChangesBetweenTwoRefreshes();
    void readsEveryPage();
    void nonAdminKeyGetsAPlainMessage();
    void deadKeyAndDroppedConnectionAreExplained();
    void journalEntryHoldsNoSecret();
};

void TestUserStatus::judgesEachUserAgainstTheIncidentStart()
{
    UserStatusController* controller = makeController();
    QVERIFY2(refresh(controller, incidentStart()), qPrintable(controller->failureMessage()));
    QVERIFY(controller->hasResult());
    QCOMPARE(controller->users().size(), 4);

    const UserStatus* dana = find(controller, danaId);
    QVERIFY(dana);
    QVERIFY(dana->user.isMaster);
    QCOMPARE(dana->user.role, u"admin"_s);
    QVERIFY(dana->user.passwordUpdatedAt.isValid());
    QVERIFY(!dana->passwordChanged); // changed 412 days ago: before the incident
    QVERIFY(dana->tfaActive);

    const UserStatus* sam = find(controller, samId);
    QVERIFY(!sam->user.passwordUpdatedAt.isValid());
    QVERIFY(!sam->passwordChanged);
    QVERIFY(!sam->tfaActive);
    QVERIFY(!sam->tfaStartedOnly);

    const UserStatus* priya = find(controller, priyaId);
    QVERIFY(!priya->tfaActive);
    QVERIFY(priya->tfaStartedOnly);

    // An incident start long ago makes Dana's and Alex's old changes count.
    QVERIFY(refresh(controller, account().now().addDays(-500)));
    QVERIFY(find(controller, danaId)->passwordChanged);
    QVERIFY(find(controller, alexId)->passwordChanged);
    QVERIFY(!find(controller, priyaId)->passwordChanged); // 903 days ago
    QCOMPARE(UserStatus::passwordsLeft(controller->users()), 2);
    QCOMPARE(UserStatus::tfaLeft(controller->users()), 3);
    QVERIFY(!UserStatus::everyPasswordChanged(controller->users()));
}

void TestUserStatus::aUserChangesBetweenTwoRefreshes()
{
    UserStatusController* controller = makeController();
    const QDateTime start = incidentStart();
    QVERIFY(refresh(controller, start));
    QVERIFY(!find(controller, samId)->passwordChanged);
    QVERIFY(!find(controller, samId)->tfaActive);

    // Sam resets his password and turns on 2FA in the Control Panel.
    QVERIFY(PracticeUserActions::changePassword(account(), samId));
    QVERIFY(PracticeUserActions::setTwoFactor(account(), samId, true));
    // Priya scans the code she never scanned.
    QVERIFY(PracticeUserActions::setTwoFactor(account(), priyaId, true));
    QVERIFY(!PracticeUserActions::changePassword(account(), u"no-such-user"_s));

    QVERIFY(refresh(controller, start));
    QVERIFY(find(controller, samId)->passwordChanged);
    QVERIFY(find(controller, samId)->tfaActive);
    QVERIFY(find(controller, priyaId)->tfaActive);
    QVERIFY(!find(controller, priyaId)->tfaStartedOnly);
    QCOMPARE(UserStatus::passwordsLeft(controller->users()), 3);
    QCOMPARE(UserStatus::tfaLeft(controller->users()), 1); // Alex

    // Everyone else follows.
    for (const QString& id : {danaId, priyaId, alexId})
        QVERIFY(PracticeUserActions::changePassword(account(), id));
    QVERIFY(PracticeUserActions::setTwoFactor(account(), alexId, true));
    QVERIFY(refresh(controller, start));
    QVERIFY(UserStatus::everyPasswordChanged(controller->users()));
    QVERIFY(UserStatus::everyTfaActive(controller->users()));

    // Turning 2FA off again shows at the next refresh.
    QVERIFY(PracticeUserActions::setTwoFactor(account(), alexId, false));
    QVERIFY(refresh(controller, start));
    QVERIFY(!find(controller, alexId)->tfaActive);
    QVERIFY(!UserStatus::everyTfaActive(controller->users()));
}

void TestUserStatus::readsEveryPage()
{
    for (int i = 0; i < 130; ++i) {
        PracticeUser user;
        user.id = PracticeAccount::newObjectId();
        user.name = u"Temp %1"_s.arg(i);
        user.email = u"temp%1@example.com"_s.arg(i);
        user.role = u"basic"_s;
        account().users().append(user);
    }
    UserStatusController* controller = makeController();
    QVERIFY(refresh(controller, incidentStart()));
    QCOMPARE(controller->users().size(), 134);
    QVERIFY(find(controller, u"5f1a2b3c4d5e6f7a8b9c0d14"_s));
}

void TestUserStatus::nonAdminKeyGetsAPlainMessage()
{
    m_client->setApiKey(Secret(account().seededSecret(u"developer"_s)));
    UserStatusController* controller = makeController();
    QSignalSpy failed(controller, &UserStatusController::failed);
    QVERIFY(!refresh(controller, incidentStart()));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(controller->lastError().kind, ApiError::Kind::Forbidden);
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.contains(u"Admin"_s), qPrintable(message));
    QVERIFY2(message.contains(u"by hand"_s), qPrintable(message)); // the way on
    QVERIFY(!controller->hasResult());
    QVERIFY(m_journal->entries().isEmpty());

    // A basic (analyst) key is refused the same way.
    m_client->setApiKey(Secret(account().seededSecret(u"basic"_s)));
    QVERIFY(!refresh(controller, incidentStart()));
    QCOMPARE(controller->lastError().kind, ApiError::Kind::Forbidden);
}

void TestUserStatus::deadKeyAndDroppedConnectionAreExplained()
{
    m_client->setApiKey(Secret(u"0123456789abcdef0123456789abcdef-01234567-89abcdef"_s));
    UserStatusController* controller = makeController();
    QVERIFY(!refresh(controller, incidentStart()));
    QCOMPARE(controller->lastError().kind, ApiError::Kind::KeyRefused);
    QCOMPARE(
        controller->failureMessage(),
        u"Mailgun refused this key. The answer does not say why. The likely causes, most likely first:\n"
        u"• The key is mistyped, or it was deleted, disabled or has expired.\n"
        u"• It is a sending key for one domain, not the account's private API key. You find the private "
        u"API key in the Mailgun Control Panel under API Security "
        u"(https://app.mailgun.com/settings/api_security).\n"
        u"• This computer is outside the account's IP allowlist (the list of internet addresses that may "
        u"use the account)."_s);

    m_client->setApiKey(Secret(m_server->practiceKey()));
    PracticeFault drop;
    drop.kind = PracticeFault::Kind::DropBeforeApply;
    drop.path = QRegularExpression(u"^/v5/users"_s);
    drop.times = 10;
    m_server->addFault(drop);
    QVERIFY(!refresh(controller, incidentStart()));
    QCOMPARE(controller->lastError().kind, ApiError::Kind::Network);
    QVERIFY(!controller->failureMessage().isEmpty());
    m_server->clearFaults();

    PracticeFault limit;
    limit.kind = PracticeFault::Kind::RateLimit;
    limit.path = QRegularExpression(u"^/v5/users"_s);
    limit.retryAfterSeconds = 0;
    limit.times = 10;
    m_server->addFault(limit);
    QVERIFY(!refresh(controller, incidentStart()));
    QCOMPARE(controller->lastError().kind, ApiError::Kind::RateLimited);
    m_server->clearFaults();

    // It works again once the network is back; the failures left nothing in the journal.
    QVERIFY(m_journal->entries().isEmpty());
    QVERIFY(refresh(controller, incidentStart()));
    QCOMPARE(controller->lastError().kind, ApiError::Kind::None);
    QVERIFY(controller->failureMessage().isEmpty());
}

void TestUserStatus::journalEntryHoldsNoSecret()
{
    QVERIFY(PracticeUserActions::changePassword(account(), samId));
    UserStatusController* controller = makeController();
    const QDateTime start = incidentStart();
    QVERIFY(refresh(controller, start));
    QCOMPARE(m_journal->entries().size(), 1);
    const Journal::Entry entry = m_journal->entries().constLast();
    QCOMPARE(entry.type, u"users-checked"_s);
    QCOMPARE(entry.data.value(u"practice"_s).toBool(), false);
    QCOMPARE(entry.data.value(u"incident_start"_s).toString(), start.toUTC().toString(Qt::ISODate));
    const QJsonArray users = entry.data.value(u"users"_s).toArray();
    QCOMPARE(users.size(), 4);
    const QStringList expectedKeys{
        u"email"_s, u"id"_s,        u"name"_s, u"owner"_s, u"password_changed"_s, u"password_updated_at"_s,
        u"role"_s,  u"tfa_active"_s};
    for (const QJsonValue& value : users) {
        QStringList keys = value.toObject().keys();
        keys.sort();
        QCOMPARE(keys, expectedKeys);
    }
    QJsonObject sam;
    for (const QJsonValue& value : users) {
        if (value.toObject().value(u"id"_s).toString() == samId)
            sam = value.toObject();
    }
    QCOMPARE(sam.value(u"email"_s).toString(), u"sam@northwind-outfitters.com"_s);
    QCOMPARE(sam.value(u"password_changed"_s).toBool(), true);
    QCOMPARE(sam.value(u"tfa_active"_s).toBool(), false);
    QCOMPARE(sam.value(u"owner"_s).toBool(), false);
    QVERIFY(!sam.value(u"password_updated_at"_s).toString().isEmpty());

    const QByteArray text = QJsonDocument(entry.data).toJson(QJsonDocument::Compact);
    QVERIFY(!text.contains(m_server->practiceKey().toUtf8()));
    for (const QString& label : {u"admin-leaked"_s, u"developer"_s, u"basic"_s, u"sending"_s, u"web"_s})
        QVERIFY(!text.contains(account().seededSecret(label).toUtf8()));
}

QTEST_GUILESS_MAIN(TestUserStatus)
#include "tst_userstatus.moc"
