// The command line's typed confirmation: the translated word, the English "yes", the word
// without its accents ("si" for the Spanish "sí"), any case, spaces around ignored.
#include "cli/Confirmation.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// Stands in for the Spanish catalogue: only the confirmation word is translated.
class SpanishYes : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        if (qstrcmp(context, "CommandLine") == 0 && qstrcmp(sourceText, "yes") == 0)
            return u"sí"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestConfirmationAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spanish_data();
    void spanish();
    void englishOnly_data();
    void englishOnly();
};

void TestConfirmationAnswer::spanish_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("si without accent") << u"si"_s << true;
    QTest::newRow("Sí as translated, capital") << u"Sí"_s << true;
    QTest::newRow("SÍ upper case") << u"SÍ"_s << true;
    QTest::newRow("English YES") << u"YES"_s << true;
    QTest::newRow("English yes with spaces") << u" yes "_s << true;
    QTest::newRow("English y") << u"y"_s << true;
    QTest::newRow("no") << u"no"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("only spaces") << u"   "_s << false;
    QTest::newRow("sino") << u"sino"_s << false;
    QTest::newRow("yes please") << u"yes please"_s << false;
}

void TestConfirmationAnswer::spanish()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    SpanishYes translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(Confirmation::yesWord(), u"sí"_s);
    QCOMPARE(Confirmation::isYes(typed), accepted);
    QCoreApplication::removeTranslator(&translator);
}

void TestConfirmationAnswer::englishOnly_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("yes") << u"yes"_s << true;
    QTest::newRow("Yes") << u"Yes"_s << true;
    // Without the Spanish catalogue, "si" is not an answer.
    QTest::newRow("si") << u"si"_s << false;
    QTest::newRow("no") << u"no"_s << false;
}

void TestConfirmationAnswer::englishOnly()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QCOMPARE(Confirmation::yesWord(), u"yes"_s);
    QCOMPARE(Confirmation::isYes(typed), accepted);
}

QTEST_GUILESS_MAIN(TestConfirmationAnswer)
#include "tst_confirmationanswer.moc"
