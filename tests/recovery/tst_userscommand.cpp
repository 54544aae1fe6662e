// The `users` command: its JSON answer and its exit codes.
#include "UserStatusFixture.h"

class TestUsersCommand : public UserStatusFixture
{
    Q_OBJECT

private Q_SLOTS:
    void usersCommandJson();
    void usersCommandExitCodes();
};

void TestUsersCommand::usersCommandJson()
{
    UserStatusController* controller = makeController();
    const QDateTime start = QDateTime(QDate(2026, 11, 14), QTime(8, 30), QTimeZone::utc());
    QVERIFY(PracticeUserActions::changePassword(account(), samId, start.addDays(1)));
    QVERIFY(refresh(controller, start));

    const QJsonObject json = UsersCommand::resultJson(start, controller->users());
    QCOMPARE(json.value(u"incident_start"_s).toString(), u"2026-11-14T08:30:00Z"_s);
    const QJsonArray users = json.value(u"users"_s).toArray();
    QCOMPARE(users.size(), 4);
    for (const QJsonValue& value : users) {
        const QJsonObject user = value.toObject();
        QCOMPARE(user.keys(),
                 (QStringList{u"email"_s, u"name"_s, u"password_changed"_s, u"role"_s, u"tfa_active"_s}));
        const bool isSam = user.value(u"email"_s).toString() == u"sam@northwind-outfitters.com"_s;
        QCOMPARE(user.value(u"password_changed"_s).toBool(), isSam);
        QCOMPARE(user.value(u"tfa_active"_s).toBool(),
                 user.value(u"email"_s).toString() == u"dana@northwind-outfitters.com"_s);
        if (isSam) {
            QCOMPARE(user.value(u"name"_s).toString(), u"Sam Ortiz"_s);
            QCOMPARE(user.value(u"role"_s).toString(), u"developer"_s);
        }
    }

    const QString text = UsersCommand::resultText(start, controller->users());
    QVERIFY2(text.contains(u"2026-11-14 08:30 UTC"_s), qPrintable(text));
    QVERIFY(text.contains(u"sam@northwind-outfitters.com"_s));
    QVERIFY(text.contains(u"admin (owner)"_s));
    QVERIFY2(text.contains(u"3 user(s) must change their password"_s), qPrintable(text));
    QVERIFY2(text.contains(u"3 user(s) must turn on two-factor"_s), qPrintable(text));
    // The columns line up: each value starts under its heading.
    const QStringList lines = text.split(u'\n');
    qsizetype header = -1;
    qsizetype samRow = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(u"Name "_s))
            header = i;
        if (lines.at(i).startsWith(u"Sam Ortiz "_s))
            samRow = i;
    }
    QVERIFY2(header > 0 && samRow > header, qPrintable(text));
    QCOMPARE(lines.at(samRow).indexOf(u"sam@"_s), lines.at(header).indexOf(u"Email"_s));
    QCOMPARE(lines.at(samRow).indexOf(u"developer"_s), lines.at(header).indexOf(u"Role"_s));
}

void TestUsersCommand::usersCommandExitCodes()
{
    CommandLineOptions options;
    options.command = u"users"_s;
    options.practice = true;
    options.json = true;
    {
        UsersCommand command(options);
        QSignalSpy finished(&command, &UsersCommand::finished);
        command.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().constFirst().toInt(), int(ExitDone));
    }

    // A real account whose key may not read users: exit 1.
    options.practice = false;
    options.endpoints = apiEndpointsOf(*m_server);
    qputenv("MAILGUN_API_KEY", account().seededSecret(u"developer"_s).toUtf8());
    {
        UsersCommand command(options);
        QSignalSpy finished(&command, &UsersCommand::finished);
        command.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().constFirst().toInt(), int(ExitFailed));
    }

    // The same with an admin key lists the users and journals the check on disk.
    qputenv("MAILGUN_API_KEY", m_server->practiceKey().toUtf8());
    options.json = false;
    {
        UsersCommand command(options);
        QSignalSpy finished(&command, &UsersCommand::finished);
        command.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().constFirst().toInt(), int(ExitDone));
    }
    Journal onDisk(Journal::defaultPath());
    QVERIFY(onDisk.load());
    QVERIFY(!onDisk.entries().isEmpty());
    QCOMPARE(onDisk.entries().constLast().type, u"users-checked"_s);
    QVERIFY(!QJsonDocument(onDisk.entries().constLast().data)
                 .toJson()
                 .contains(m_server->practiceKey().toUtf8()));
    QFile::remove(Journal::defaultPath());

    // No key at all: bad usage, nothing sent.
    qunsetenv("MAILGUN_API_KEY");
    options.keyFile = u"/nonexistent/key-file"_s;
    {
        UsersCommand command(options);
        QSignalSpy finished(&command, &UsersCommand::finished);
        command.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.constFirst().constFirst().toInt(), int(ExitUsage));
    }
}

QTEST_GUILESS_MAIN(TestUsersCommand)
#include "tst_userscommand.moc"
