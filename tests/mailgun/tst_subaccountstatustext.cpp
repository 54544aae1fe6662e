// A subaccount's status inside a translated sentence: Mailgun's own values become translated
// words; anything else is shown as it came, in quotes, on one line.
#include "mailgun/api/SubaccountStatusText.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// Stands in for the French catalogue.
class FrenchStatus : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        if (qstrcmp(context, "SubaccountStatus") != 0)
            return {};
        if (qstrcmp(sourceText, "open") == 0)
            return u"ouvert"_s;
        if (qstrcmp(sourceText, "disabled") == 0)
            return u"désactivé"_s;
        if (qstrcmp(sourceText, "closed") == 0)
            return u"fermé"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestSubaccountStatusText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void english();
    void translated();
    void unknownValueQuoted();
};

void TestSubaccountStatusText::english()
{
    QCOMPARE(SubaccountStatusText::word(u"open"_s), u"open"_s);
    QCOMPARE(SubaccountStatusText::word(u"disabled"_s), u"disabled"_s);
    QCOMPARE(SubaccountStatusText::word(u"closed"_s), u"closed"_s);
}

void TestSubaccountStatusText::translated()
{
    FrenchStatus translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(SubaccountStatusText::word(u"open"_s), u"ouvert"_s);
    QCOMPARE(SubaccountStatusText::word(u"disabled"_s), u"désactivé"_s);
    QCOMPARE(SubaccountStatusText::word(u"closed"_s), u"fermé"_s);
    // Not Mailgun's spelling: not translated, shown as it came.
    QCOMPARE(SubaccountStatusText::word(u"Open"_s), u"\u201cOpen\u201d"_s);
    QCoreApplication::removeTranslator(&translator);
}

void TestSubaccountStatusText::unknownValueQuoted()
{
    QCOMPARE(SubaccountStatusText::word(u"suspended"_s), u"\u201csuspended\u201d"_s);
    QCOMPARE(SubaccountStatusText::word(QString()), u"\u201c\u201d"_s);
    // A line break from the account does not break the sentence.
    QVERIFY(!SubaccountStatusText::word(u"open\nclosed"_s).contains(u'\n'));
}

QTEST_GUILESS_MAIN(TestSubaccountStatusText)
#include "tst_subaccountstatustext.moc"
