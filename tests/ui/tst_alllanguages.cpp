// Every page of the wizard, on the practice account, in every language the program ships,
// at the default size and at 1366x768. Fails on an English text left where the language's
// .ts file has a translation (or has none yet), on a text cut off by its widget, and on a
// placeholder that went missing ("%1" on screen, or QString::arg's warning). The .ts files
// are the oracle, read with QXmlStreamReader; the program reads its compiled .qm files.
//
// Screenshots of every page go to $MRA_BUILD_DIR/screenshots/languages/.
// MRA_TS_DIR (the .ts files to compare with) and MRA_QM_DIR (where the program's compiled
// translations are read from) point the test at other copies, to see it fail on purpose.
#include "PageTour.h"
#include "ShownTexts.h"
#include "TsCatalog.h"
#include "UntranslatedText.h"
#include "WizardHarness.h"
#include "identity/Languages.h"
#include "identity/Translations.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QSize defaultSize(900, 640);
const QSize laptopSize(1366, 768);

QStringList g_argWarnings; // "QString::arg: Argument missing" warnings since the last look
QtMessageHandler g_previousHandler = nullptr;

void recordArgWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(u"QString::arg: Argument missing"_s))
        g_argWarnings.append(message);
    g_previousHandler(type, context, message);
}

QString tsFolder()
{
    return qEnvironmentVariable("MRA_TS_DIR", QStringLiteral(MRA_TRANSLATIONS_SOURCE_DIR));
}

// The languages with a .ts file: "de" for mailgun-recovery_de.ts.
QStringList languagesWithTsFiles()
{
    QStringList codes;
    const QStringList files = QDir(tsFolder()).entryList({u"mailgun-recovery_*.ts"_s}, QDir::Files);
    for (const QString& file : files)
        codes.append(file.mid(qsizetype(strlen("mailgun-recovery_"))).chopped(3));
    codes.sort();
    return codes;
}

} // namespace

class TestAllLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyShippedLanguageHasATsFile();
    void everyPage_data();
    void everyPage();

private:
    void audit(const QString& page);
    void saveScreenshot(const QString& page, const QString& size);

    std::unique_ptr<WizardHarness> m_h;
    std::optional<UntranslatedText> m_untranslated;
    QString m_language;
    QStringList m_problems;
    QSet<QString> m_seen;
    QMap<QString, int> m_counts; // kind of problem -> how many, for the summary
};

void TestAllLanguages::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(recordArgWarnings);
}

void TestAllLanguages::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    Translations::use(u"en"_s);
}

void TestAllLanguages::everyShippedLanguageHasATsFile()
{
    QStringList shipped;
    for (const Language& language : Languages::shipped())
        shipped.append(language.code);
    shipped.sort();
    QCOMPARE(shipped, languagesWithTsFiles());
}

void TestAllLanguages::everyPage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& code : languagesWithTsFiles())
        QTest::newRow(qPrintable(code)) << code;
}

void TestAllLanguages::audit(const QString& page)
{
    QWidget* window = m_h->wizard.get();
    // A text shown on several pages (the list of steps) is listed on the first one only.
    const auto report = [this, &page](const QString& kind, const QString& what) {
        if (m_seen.contains(kind + what))
            return;
        m_seen.insert(kind + what);
        m_problems.append(u"%1 | %2 | %3 | %4"_s.arg(kind, m_language, page, what));
        ++m_counts[kind];
    };
    const QRegularExpression leftover(u"%(?:[1-9]|n)(?![0-9A-Za-z])"_s);
    window->resize(defaultSize);
    settleLayouts();
    for (const ShownText& shown : shownTexts(window)) {
        const QString source = m_untranslated->sourceShownIn(shown.text);
        if (!source.isEmpty())
            report(u"untranslated"_s, u"%1 \"%2\""_s.arg(shown.where, shown.text.left(100)));
        if (leftover.match(shown.text).hasMatch())
            report(u"placeholder"_s, u"%1 \"%2\""_s.arg(shown.where, shown.text.left(100)));
    }
    for (const QSize size : {defaultSize, laptopSize}) {
        window->resize(size);
        settleLayouts();
        const QString at = u"%1x%2"_s.arg(size.width()).arg(size.height());
        for (const QString& cut : cutOffTexts(window))
            report(u"cut off"_s, at + u" "_s + cut);
        saveScreenshot(page, at);
    }
    window->resize(defaultSize);
    settleLayouts();
    for (const QString& warning : std::as_const(g_argWarnings))
        report(u"placeholder"_s, warning);
    g_argWarnings.clear();
}

// For translators and reviewers: $MRA_BUILD_DIR/screenshots/languages/<language>/<page>-<size>.png
void TestAllLanguages::saveScreenshot(const QString& page, const QString& size)
{
    if (!qEnvironmentVariableIsSet("MRA_BUILD_DIR"))
        return;
    QDir folder(qEnvironmentVariable("MRA_BUILD_DIR") + u"/screenshots/languages/"_s + m_language);
    QVERIFY(folder.mkpath(u"."_s));
    QString name = page + u"-"_s + size;
    name.replace(QRegularExpression(u"[^A-Za-z0-9_-]+"_s), u"-"_s);
    QVERIFY(m_h->wizard->grab().save(folder.filePath(name + u".png"_s)));
}

void TestAllLanguages::everyPage()
{
    QFETCH(QString, language);
    m_language = language;
    m_problems.clear();
    m_seen.clear();
    m_counts.clear();
    g_argWarnings.clear();

    QString error;
    const TsCatalog catalog =
        TsCatalog::read(QDir(tsFolder()).filePath(u"mailgun-recovery_%1.ts"_s.arg(language)), &error);
    QVERIFY2(!catalog.messages.isEmpty(), qPrintable(error));
    m_untranslated.emplace(catalog);
    const QString qmFolder = qEnvironmentVariable("MRA_QM_DIR", Translations::programFolder());
    QVERIFY2(Translations::use(language, qmFolder), qPrintable(language));

    m_h = std::make_unique<WizardHarness>();
    QVERIFY2(m_h->start(&error), qPrintable(error));
    tourEveryPage(*m_h, [this](const QString& page) { audit(page); });
    m_h.reset();

    qInfo("%s: %d messages in the .ts; untranslated %d, cut off %d, placeholder %d", qPrintable(language),
          m_untranslated->messageCount(), m_counts.value(u"untranslated"_s), m_counts.value(u"cut off"_s),
          m_counts.value(u"placeholder"_s));
    for (const QString& problem : std::as_const(m_problems))
        qInfo("%s", qPrintable(problem));
    QVERIFY2(m_problems.isEmpty(),
             qPrintable(u"%1 problems in %2, listed above"_s.arg(m_problems.size()).arg(language)));
}

QTEST_MAIN(TestAllLanguages)
#include "tst_alllanguages.moc"
