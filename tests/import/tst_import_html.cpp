// Saved web pages imported: each page in pages/ (written for these tests, in several site
// layouts, English, Simplified and Traditional Chinese) against the main text, metadata and
// furniture its .expected file lists; plus encodings, safety and a page of about 20 MB.
#include "ArticleParser.h"
#include "HtmlReader.h"
#include "MainTextScore.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QStringEncoder>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

QString pagesDir()
{
    return QStringLiteral(TIGERSCOPE_IMPORT_PAGES_DIR);
}

/// A page's .expected file: "@key value" metadata lines, "!text" that must not be kept, and
/// the main text, one paragraph a line.
struct Expected
{
    QHash<QString, QString> metadata;
    QStringList forbidden;
    QStringList paragraphs;
};

Expected readExpected(const QString &path)
{
    Expected expected;
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(u'@'))
            expected.metadata.insert(line.mid(1).section(u' ', 0, 0), line.section(u' ', 1));
        else if (line.startsWith(u'!'))
            expected.forbidden << line.mid(1);
        else
            expected.paragraphs << line;
    }
    return expected;
}

/// The page's bytes as a browser would have saved them: in the encoding "@encode" names.
QByteArray pageBytes(const QString &name, const Expected &expected)
{
    QFile file(QDir(pagesDir()).filePath(name + u".html"_s));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
    const QByteArray utf8 = file.readAll();
    const QString encoding = expected.metadata.value(u"encode"_s);
    if (encoding.isEmpty())
        return utf8;
    QStringEncoder encoder(encoding.toLatin1().constData());
    const QByteArray encoded = encoder.encode(QString::fromUtf8(utf8));
    EXPECT_FALSE(encoder.hasError()) << qPrintable(name);
    return encoded;
}

QStringList pageNames()
{
    QStringList names;
    for (const QString &file : QDir(pagesDir()).entryList({u"*.expected"_s}, QDir::Files, QDir::Name))
        names << file.chopped(9);
    return names;
}

ParsedArticle importPage(const QString &name, const Expected &expected)
{
    const ParseResult result = ArticleParser::parseBytes(pageBytes(name, expected), name + u".html"_s);
    EXPECT_TRUE(result.ok()) << qPrintable(name) << ": " << qPrintable(result.error);
    return result.article.value_or(ParsedArticle());
}

QStringList allText(const ParsedArticle &article)
{
    QStringList text;
    for (const ParsedParagraph &p : article.en + article.zh)
        text << p.text;
    return text;
}

} // namespace

TEST(HtmlImport, EveryPageKeepsItsMainTextAndNoFurniture)
{
    const QStringList names = pageNames();
    ASSERT_GE(names.size(), 8);
    double sum = 0;
    double worst = 1;
    for (const QString &name : names) {
        const Expected expected = readExpected(QDir(pagesDir()).filePath(name + u".expected"_s));
        const ParsedArticle article = importPage(name, expected);
        const double f1 = testsupport::mainTextF1(testsupport::articleText(article), expected.paragraphs);
        std::printf("main-text F1 %-20s %.3f\n", qPrintable(name), f1);
        EXPECT_GE(f1, 0.85) << qPrintable(name) << "\n" << qPrintable(testsupport::articleText(article).join(u'\n'));
        sum += f1;
        worst = std::min(worst, f1);
        const QString text = allText(article).join(u'\n');
        for (const QString &chrome : expected.forbidden)
            EXPECT_FALSE(text.contains(chrome)) << qPrintable(name) << " kept “" << qPrintable(chrome) << "”";
    }
    const double mean = sum / double(names.size());
    std::printf("main-text F1 over %lld pages: worst %.3f, mean %.3f\n", qint64(names.size()), worst, mean);
    EXPECT_GE(worst, 0.85);
    EXPECT_GE(mean, 0.92);
}

TEST(HtmlImport, MetadataIsReadFromThePage)
{
    for (const QString &name : pageNames()) {
        const Expected expected = readExpected(QDir(pagesDir()).filePath(name + u".expected"_s));
        const ParsedArticle article = importPage(name, expected);
        EXPECT_EQ(article.format, SourceFormat::Html) << qPrintable(name);
        EXPECT_EQ(article.title, expected.metadata.value(u"title"_s)) << qPrintable(name);
        EXPECT_EQ(article.url, expected.metadata.value(u"url"_s)) << qPrintable(name);
        EXPECT_EQ(article.site, expected.metadata.value(u"site"_s)) << qPrintable(name);
        if (expected.metadata.contains(u"author"_s)) {
            EXPECT_EQ(article.author, expected.metadata.value(u"author"_s)) << qPrintable(name);
        }
        EXPECT_EQ(article.published.toString(Qt::ISODate), expected.metadata.value(u"published"_s)) << qPrintable(name);
        EXPECT_EQ(article.encoding, expected.metadata.value(u"encoding"_s, u"UTF-8"_s)) << qPrintable(name);
        ASSERT_FALSE(article.paragraphs(article.languages().value(0)).isEmpty()) << qPrintable(name);
        EXPECT_EQ(article.paragraphs(article.languages().value(0)).first().kind, ParagraphKind::Title)
            << qPrintable(name);
    }
}

TEST(HtmlImport, TitleLosesTheSiteSuffix)
{
    EXPECT_EQ(HtmlMetadata::withoutSiteSuffix(u"A story | Section | The Site"_s, u"The Site"_s),
              u"A story | Section"_s);
    EXPECT_EQ(HtmlMetadata::withoutSiteSuffix(u"A story - Some Paper"_s, {}), u"A story"_s);
    EXPECT_EQ(HtmlMetadata::withoutSiteSuffix(u"标题_新闻中心_东岸网"_s, u"东岸网"_s), u"标题_新闻中心"_s);
    EXPECT_EQ(HtmlMetadata::withoutSiteSuffix(u"No separator here"_s, u"Site"_s), u"No separator here"_s);
}

TEST(HtmlImport, ContentDecidesTheFormat)
{
    const QByteArray page = "<!DOCTYPE html><html><head><title>T</title></head><body><article>"
                            "<p>A paragraph long enough to count as the text of an article, with commas, "
                            "clauses, and a full stop.</p></article></body></html>";
    // Named .txt, still a page; named .html, still a page.
    const ParseResult asText = ArticleParser::parseBytes(page, u"saved.txt"_s);
    ASSERT_TRUE(asText.ok());
    EXPECT_EQ(asText.article->format, SourceFormat::Html);
    EXPECT_FALSE(allText(*asText.article).join(u' ').contains(u"<p>"_s));
    // Plain text that mentions a tag is not a page.
    const ParseResult prose = ArticleParser::parseBytes("Use the <p> tag for paragraphs.\n", u"note.txt"_s);
    ASSERT_TRUE(prose.ok());
    EXPECT_EQ(prose.article->format, SourceFormat::PlainText);
}

TEST(HtmlImport, ContainersOfEqualScoreAreChosenTheSameWayEveryTime)
{
    // Nested unclosed <b> make an inner and an outer container that score the same; the choice went
    // by node addresses before, so a second read of the same bytes could lose a paragraph.
    const QByteArray page = "<div>]p>unclosed <b>bodter<div>]p>unclosed <b>b <b>bodter";
    QStringList firstRead;
    for (int read = 0; read < 40; ++read) {
        QList<QByteArray> keepAddressesMoving(read, QByteArray(64 * (read + 1), 'x'));
        const ParseResult result = ArticleParser::parseBytes(page, u"page.html"_s);
        ASSERT_TRUE(result.ok());
        QStringList texts;
        for (const ParsedParagraph &paragraph : result.article->paragraphs(u"en"_s))
            texts << paragraph.text;
        if (read == 0)
            firstRead = texts;
        ASSERT_EQ(texts, firstRead) << "read " << read;
    }
    EXPECT_EQ(firstRead.size(), 2);
}

TEST(HtmlImport, MarkupInTextStaysText)
{
    const QByteArray page
        = "<html><body><article><p>Write &lt;script&gt;alert(1)&lt;/script&gt; to see how "
          "a page, a reader, and a careless viewer would treat it.</p>"
          "<script>document.title = 'ran';</script><iframe src='https://example.com/x'>frame "
          "text</iframe><img src='https://example.com/pixel.gif' alt='pixel'></article></body></html>";
    const ParseResult result = ArticleParser::parseBytes(page, u"page.html"_s);
    ASSERT_TRUE(result.ok());
    const QString text = allText(*result.article).join(u'\n');
    EXPECT_TRUE(text.contains(u"Write <script>alert(1)</script> to see"_s)) << qPrintable(text);
    EXPECT_FALSE(text.contains(u"document.title"_s));
    EXPECT_FALSE(text.contains(u"frame text"_s));
    EXPECT_FALSE(text.contains(u"pixel"_s));
}

TEST(HtmlImport, DeclaredEncodingIsOverruledByValidUtf8)
{
    // Declares gb2312, is UTF-8: read as UTF-8, with nothing garbled.
    const QByteArray page
        = u"<html><head><meta charset=\"gb2312\"></head><body><article><p>这是一段用来测试的中文正文，"
          "它的声明编码和实际编码不一样，但是应该被正确读出来。</p></article></body></html>"_s.toUtf8();
    const ParseResult result = ArticleParser::parseBytes(page, u"page.html"_s);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.article->encoding, u"UTF-8"_s);
    EXPECT_TRUE(allText(*result.article).join(u' ').contains(u"声明编码和实际编码不一样"_s));
}

TEST(HtmlImport, DeclaredCharsetIsFoundInMetaAndXml)
{
    EXPECT_EQ(HtmlReader::declaredCharset("<html><head><meta charset=\"GB2312\">"), "gb2312");
    EXPECT_EQ(HtmlReader::declaredCharset("<meta http-equiv='Content-Type' content='text/html; charset=big5'>"),
              "big5");
    EXPECT_EQ(HtmlReader::declaredCharset("<?xml version=\"1.0\" encoding=\"GBK\"?><html>"), "gbk");
    EXPECT_TRUE(HtmlReader::declaredCharset("<html><head><title>none</title></head>").isEmpty());
}

TEST(HtmlImport, TwentyMegabytePageImports)
{
    QByteArray page = "<!DOCTYPE html><html><head><title>A very long report - Example Site</title></head><body>"
                      "<nav><a href='/'>Home</a><a href='/more'>More navigation</a></nav><div class='content'>";
    const QByteArray paragraph = "<p>Paragraph NUMBER of a very long report, written to see whether a page this size, "
                                 "with its many paragraphs, imports in one piece and in reasonable time.</p>\n";
    int count = 0;
    while (page.size() + paragraph.size() + 200 < 20 * 1000 * 1000) {
        QByteArray p = paragraph;
        page += p.replace("NUMBER", QByteArray::number(++count));
    }
    page += "</div><footer>Footer text of the site</footer></body></html>";
    const ParseResult result = ArticleParser::parseBytes(page, u"long.html"_s);
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);
    const QList<ParsedParagraph> &en = result.article->en;
    ASSERT_EQ(en.size(), count + 1); // the title and every paragraph
    EXPECT_EQ(en.first().text, u"A very long report"_s);
    EXPECT_TRUE(en.last().text.startsWith(u"Paragraph %1 of"_s.arg(count)));
    EXPECT_FALSE(allText(*result.article).join(u'\n').contains(u"More navigation"_s));
}
