#include "AccountSummaryView.h"
#include "WizardHarness.h"
#include "identity/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

// Renders every page of the wizard at its default size to PNG files under
// $MRA_BUILD_DIR/screenshots, for people to look at, and checks that each has content and
// that no page forces the window to grow past its default size.
namespace {

// Puts the application's palette and font back as they were when it goes out of scope.
struct LookRestorer
{
    const QPalette palette = QApplication::palette();
    const QFont font = QApplication::font();
    ~LookRestorer()
    {
        QApplication::setPalette(palette);
        QApplication::setFont(font);
    }
};

} // namespace

class TestRenderPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void welcomeAndConnect();
    void connectAfterPracticeCheck();
    void connectWithInvalidKey();
    void stepPages();
    void darkTheme();
    void largeTextAndHighContrast();

private:
    void render(const QString& name);
    void checkNothingIsClipped(const QString& name, QWidget* root);
    void checkDarkAndReadable(const QString& name, double minimumContrast = 4.5);
    void restartWith(const QPalette& palette, const QFont& font);
    void goToConnect();

    QDir m_dir;
    std::unique_ptr<WizardHarness> m_h;
};

void TestRenderPages::initTestCase()
{
    const QString buildDir = qEnvironmentVariable("MRA_BUILD_DIR", QDir::currentPath());
    m_dir = QDir(buildDir + u"/screenshots"_s);
    QVERIFY(m_dir.mkpath(u"."_s));
    // As the program does at start: English plural forms ("3 items", not "3 item(s)"), so the
    // pictures show the words a user reads.
    QVERIFY(Translations::use(u"en"_s));
}

void TestRenderPages::init()
{
    m_h = std::make_unique<WizardHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
}

void TestRenderPages::cleanup()
{
    m_h.reset();
}

void TestRenderPages::goToConnect()
{
    m_h->clickNext();
    QCOMPARE(m_h->currentId(), int(WizardPageId::Connect));
}

void TestRenderPages::render(const QString& name)
{
    settleLayouts();
    QCOMPARE(m_h->wizard->size(), QSize(900, 640));

    const QImage window = m_h->wizard->grab().toImage();
    const QString path = m_dir.filePath(name + u".png"_s);
    QVERIFY(window.save(path));
    QVERIFY(QFileInfo::exists(path));

    // The page alone, reloaded from disk the way a reader would see it: a blank or
    // unpainted page has only a handful of colours.
    const QImage saved(path);
    QVERIFY(!saved.isNull());
    const QImage page = m_h->wizard->currentPage()->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < page.height(); y += 2) {
        for (int x = 0; x < page.width(); x += 2)
            colours.insert(page.pixel(x, y));
    }
    QVERIFY2(colours.size() > 16, qPrintable(u"%1: only %2 colours"_s.arg(name).arg(colours.size())));

    checkNothingIsClipped(name, m_h->wizard->currentPage());
    checkNothingIsClipped(name, m_h->wizard->sideWidget());
}

void TestRenderPages::checkNothingIsClipped(const QString& name, QWidget* root)
{
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible())
            continue;
        const QString what =
            u"%1: %2 \"%3\""_s.arg(name, QString::fromLatin1(widget->metaObject()->className()));
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap()) {
                QVERIFY2(label->heightForWidth(label->width()) <= label->height() + 1,
                         qPrintable(what.arg(label->text().left(60)) + u" is cut off at the bottom"_s));
            } else {
                QVERIFY2(label->sizeHint().width() <= label->width() + 1,
                         qPrintable(what.arg(label->text().left(60)) + u" is cut off at the right"_s));
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            QVERIFY2(button->sizeHint().width() <= button->width() + 1,
                     qPrintable(what.arg(button->text()) + u" is cut off"_s));
        }
    }
}

void TestRenderPages::welcomeAndConnect()
{
    render(u"01-welcome"_s);
    goToConnect();
    render(u"02-connect"_s);
}

void TestRenderPages::connectAfterPracticeCheck()
{
    goToConnect();
    m_h->toggle(m_h->find<QRadioButton>(u"modePracticeRadio"_s));
    render(u"03-connect-practice"_s);
    m_h->click(m_h->find<QPushButton>(u"connectCheckButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->find<AccountSummaryView>(u"connectSummaryBox"_s)->isVisible(), 30000);
    render(u"04-connect-practice-checked"_s);
}

void TestRenderPages::connectWithInvalidKey()
{
    goToConnect();
    auto* edit = m_h->find<QLineEdit>(u"connectKeyEdit"_s);
    edit->setFocus();
    QTest::keyClicks(edit, WizardHarness::unknownKey());
    m_h->click(m_h->find<QPushButton>(u"connectCheckButton"_s));
    auto* result = m_h->find<QLabel>(u"connectResultLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible() && !result->text().isEmpty(), 30000);
    render(u"05-connect-invalid-key"_s);
}

void TestRenderPages::stepPages()
{
    goToConnect();
    m_h->toggle(m_h->find<QCheckBox>(u"connectWithoutApiCheck"_s));
    m_h->clickNext();
    int number = 6;
    for (RecoveryStep step : allRecoverySteps()) {
        QCOMPARE(m_h->currentId(), int(pageIdForStep(step)));
        render(u"%1-step-%2"_s.arg(number++, 2, 10, QChar(u'0')).arg(recoveryStepId(step)));
        if (step != RecoveryStep::ReportToSupport)
            m_h->clickNext();
    }
}

void TestRenderPages::darkTheme()
{
    // Colours come from the palette, so a dark desktop theme must give light text.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xff));
    const LookRestorer restore;
    restartWith(dark, restore.font);

    goToConnect();
    m_h->toggle(m_h->find<QRadioButton>(u"modePracticeRadio"_s));
    m_h->click(m_h->find<QPushButton>(u"connectCheckButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->find<AccountSummaryView>(u"connectSummaryBox"_s)->isVisible(), 30000);
    render(u"20-dark-connect"_s);
    checkDarkAndReadable(u"20-dark-connect"_s);
    m_h->clickNext();
    m_h->toggle(m_h->wizard->currentPage()->findChild<QCheckBox*>());
    render(u"21-dark-step-investigate"_s);
    checkDarkAndReadable(u"21-dark-step-investigate"_s);
}

// As on a desktop set up that way: the application palette and font are set before any
// window exists (rich text takes its link colour from the palette when the text is set).
void TestRenderPages::restartWith(const QPalette& palette, const QFont& font)
{
    QApplication::setPalette(palette);
    QApplication::setFont(font);
    m_h.reset();
    m_h = std::make_unique<WizardHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
}

// Issue 16: a reader who needs large text and strong contrast. Text at twice its size and a
// high-contrast palette (white on black, yellow links and selection, as GNOME's and Windows'
// high-contrast themes do); the wizard still fits a 1366x768 screen, nothing is cut off, and
// every label reaches WCAG AAA contrast (7 to 1).
void TestRenderPages::largeTextAndHighContrast()
{
    QPalette high;
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
        high.setColor(role, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::BrightText})
        high.setColor(role, Qt::white);
    high.setColor(QPalette::Highlight, Qt::yellow);
    high.setColor(QPalette::HighlightedText, Qt::black);
    high.setColor(QPalette::Link, Qt::yellow);
    high.setColor(QPalette::LinkVisited, Qt::yellow);
    const LookRestorer restore;
    QFont large = restore.font;
    large.setPointSizeF(restore.font.pointSizeF() * 2);
    restartWith(high, large);

    const QSize laptop(1366, 768);
    const QSize minimum = m_h->wizard->minimumSizeHint().expandedTo(m_h->wizard->minimumSize());
    QVERIFY2(minimum.width() <= laptop.width() && minimum.height() <= laptop.height(),
             qPrintable(u"the wizard needs %1x%2"_s.arg(minimum.width()).arg(minimum.height())));
    m_h->wizard->resize(laptop);
    goToConnect();
    m_h->toggle(m_h->find<QRadioButton>(u"modePracticeRadio"_s));
    m_h->click(m_h->find<QPushButton>(u"connectCheckButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->find<AccountSummaryView>(u"connectSummaryBox"_s)->isVisible(), 30000);
    for (const QString& name :
         {u"22-large-high-contrast-connect"_s, u"23-large-high-contrast-step-investigate"_s}) {
        settleLayouts();
        QVERIFY(m_h->wizard->grab().save(m_dir.filePath(name + u".png"_s)));
        checkNothingIsClipped(name, m_h->wizard->currentPage());
        checkNothingIsClipped(name, m_h->wizard->sideWidget());
        checkDarkAndReadable(name, 7.0);
        if (m_h->currentId() == int(WizardPageId::Connect))
            m_h->clickNext();
    }
}

namespace {

// WCAG 2 relative luminance and contrast ratio: the oracle for "readable".
double luminance(QRgb rgb)
{
    const auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) + 0.0722 * channel(qBlue(rgb));
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QRgb mostCommonColour(const QImage& image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb best = 0;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

} // namespace

void TestRenderPages::checkDarkAndReadable(const QString& name, double minimumContrast)
{
    // The page's background is dark, as the desktop asked...
    const QRgb background = mostCommonColour(m_h->wizard->currentPage()->grab().toImage());
    QVERIFY2(luminance(background) < 0.1,
             qPrintable(u"%1: the page background %2 is not dark"_s.arg(name, QColor(background).name())));
    // ...and every text on it stands out from what is behind it (WCAG AA: 4.5 to 1; AAA: 7), measured
    // on the pixels drawn: the background of each label and its strongest glyph pixel.
    int labels = 0;
    for (QLabel* label : m_h->wizard->currentPage()->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().trimmed().isEmpty() || label->width() < 4)
            continue;
        const QImage image = label->grab().toImage();
        const QRgb behind = mostCommonColour(image);
        double best = 1.0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                best = std::max(best, contrast(image.pixel(x, y), behind));
        }
        ++labels;
        QVERIFY2(best >= minimumContrast,
                 qPrintable(u"%1: \"%2\" has contrast %3 on %4"_s.arg(
                     name, label->text().left(50), QString::number(best, 'f', 2), QColor(behind).name())));
    }
    QVERIFY2(labels >= 3, qPrintable(u"%1: only %2 labels checked"_s.arg(name).arg(labels)));
}

QTEST_MAIN(TestRenderPages)
#include "tst_renderpages.moc"
