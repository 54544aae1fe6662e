// The scripts a downloaded home page loads, found without a regular expression that could
// go quadratic: an attacker controls the page, and two megabytes of "<script a=1 " with no
// '>' made the old pattern look at the rest of the page from every "<script".
#include "investigate/PageScripts.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPageScripts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsScriptsAsWritten();
    void otherAttributesAreNotSrc();
    void unclosedTagIsRead();
    void hugePageOfUnclosedTags();
    void hugePageOfTagsWithoutSrc();
};

namespace {
const QUrl site(u"https://shop.example.com/"_s);
const QUrl page(u"https://shop.example.com/en/index.html"_s);
} // namespace

void TestPageScripts::initTestCase()
{
    // Where the regular expression JIT is unavailable (some hardened systems), PCRE2's
    // interpreter runs: the pattern this scan replaced took hours there on the huge page.
    // Without the JIT here too, a pattern coming back would show.
    qputenv("QT_ENABLE_REGEXP_JIT", "0");
}

void TestPageScripts::findsScriptsAsWritten()
{
    const QByteArray html =
        "<html><SCRIPT\tSRC = \"/a.js#top\"></SCRIPT><script async src='b.js?x=1&amp;y=2'></script>"
        "<scripts src=/not-a-script.js><script src=/a.js></script><script\nsrc=c.js>";
    QCOMPARE(PageScripts::scriptsOf(html, page, site, 10),
             (QList<QUrl>{QUrl(u"https://shop.example.com/a.js"_s),
                          QUrl(u"https://shop.example.com/en/b.js?x=1&y=2"_s),
                          QUrl(u"https://shop.example.com/en/c.js"_s)}));
    QCOMPARE(PageScripts::scriptsOf(html, page, site, 2).size(), 2);
}

void TestPageScripts::otherAttributesAreNotSrc()
{
    const QByteArray html = "<script data-src=/lazy.js nosrc=/x.js src=\"\" src=/real.js></script>"
                            "<script>var src = '/inline.js';</script>";
    QCOMPARE(PageScripts::scriptsOf(html, page, site, 10),
             (QList<QUrl>{QUrl(u"https://shop.example.com/real.js"_s)}));
}

void TestPageScripts::unclosedTagIsRead()
{
    QCOMPARE(PageScripts::scriptsOf("<p>hi</p><script src=/end.js", page, site, 10),
             (QList<QUrl>{QUrl(u"https://shop.example.com/end.js"_s)}));
}

void TestPageScripts::hugePageOfUnclosedTags()
{
    // 175,000 "<script a=1 " and no '>': the old pattern looked at the rest of the page from
    // each of them, about 2 * 10^11 bytes (hours); a linear scan looks at each byte a few
    // times. QTest's function timeout is the only clock here.
    QByteArray html = "<script src=/first.js>";
    html += QByteArray("<script a=1 ").repeated(175000);
    QCOMPARE(html.size(), 2100022);
    QCOMPARE(PageScripts::scriptsOf(html, page, site, 10),
             (QList<QUrl>{QUrl(u"https://shop.example.com/first.js"_s)}));
}

void TestPageScripts::hugePageOfTagsWithoutSrc()
{
    // Closed tags without src, then one with: looking for src must stay within each tag.
    QByteArray html = QByteArray("<script async>").repeated(150000);
    html += QByteArray(" x").repeated(500000) + "<script src=/only.js>";
    QCOMPARE(PageScripts::scriptsOf(html, page, site, 10),
             (QList<QUrl>{QUrl(u"https://shop.example.com/only.js"_s)}));
}

QTEST_GUILESS_MAIN(TestPageScripts)
#include "tst_pagescripts.moc"
