// Tests of the article parser: synthetic texts written for these tests, and the seed articles
// read at run time from the shared seeds folder.

#include "ArticleParser.h"
#include "LinePatterns.h"
#include "MarkdownStripper.h"
#include "ScriptDetector.h"
#include "TestSupport.h"
#include "TextDecoder.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace tigerscope;

// Readable failure messages.
void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '[' << list.join(u" | "_s).toStdString() << ']';
}
void PrintTo(const QDate &date, std::ostream *os)
{
    *os << date.toString(Qt::ISODate).toStdString();
}
namespace tigerscope {
void PrintTo(const ParsedParagraph &p, std::ostream *os)
{
    *os << p.lang.toStdString() << '#' << p.index << " line " << p.sourceLine << ' ' << toString(p.kind).toStdString()
        << ": " << p.text.toStdString();
}
void PrintTo(ParagraphKind kind, std::ostream *os)
{
    *os << toString(kind).toStdString();
}
} // namespace tigerscope

namespace {

// A bilingual article in one file: the English block, then the Chinese one.
const QString kEnglishBlock
    = u"Tigers of the Model Market\n"
      "Example Daily\n"
      "2024-05-06\n"
      "12 comments\n"
      "350 views\n"
      "\n"
      "The first quarter brought three new funding rounds for the model makers.\n"
      "Investors asked how the companies would earn money.\n"
      "Cloud prices\n"
      "Prices for inference fell by half over the year.\n"
      "Shall we learn model training?\n"
      "Start with the basics and practice on small examples every day so that\n"
      "View details>\n"
      "Author | Li Ming Editor | Wang Fang\n"
      "The cover image is from Example Photos.\n"
      "This article is published by [Example Daily]; reprinting without permission is prohibited.\n"_s;

const QString kChineseBlock = u"模型市场的六只老虎\n"
                              "2024年5月6日\n"
                              "第一季度，模型公司共完成了三轮新融资。\n"
                              "投资人关心这些公司如何赚钱。\n"
                              "云服务价格\n"
                              "推理价格在一年内下降了一半。\n"
                              "作者丨李明 编辑丨王芳\n"
                              "题图来自 示例图库\n"
                              "本文来自微信公众号【示例日报】，未经授权禁止转载。\n"_s;

using K = ParagraphKind;
const QList<K> kEnglishKinds = {K::Title, K::Meta,   K::Meta,   K::Chrome, K::Chrome, K::Body,   K::Body,  K::Heading,
                                K::Body,  K::Chrome, K::Chrome, K::Chrome, K::Meta,   K::Chrome, K::Chrome};
const QList<K> kChineseKinds
    = {K::Title, K::Meta, K::Body, K::Body, K::Heading, K::Body, K::Meta, K::Chrome, K::Chrome};

ParsedArticle parse(const QByteArray &bytes, const QString &name = u"article.txt"_s)
{
    const ParseResult result = ArticleParser::parseBytes(bytes, name);
    EXPECT_TRUE(result.ok()) << qPrintable(result.error);
    return result.article.value_or(ParsedArticle{});
}

ParsedArticle parse(const QString &text, const QString &name = u"article.txt"_s)
{
    return parse(text.toUtf8(), name);
}

QString parseError(const QByteArray &bytes)
{
    const ParseResult result = ArticleParser::parseBytes(bytes, u"bad.txt"_s);
    EXPECT_FALSE(result.ok());
    return result.error;
}

QStringList texts(const QList<ParsedParagraph> &paragraphs)
{
    QStringList result;
    for (const ParsedParagraph &p : paragraphs)
        result << p.text;
    return result;
}

QList<ParagraphKind> kinds(const QList<ParsedParagraph> &paragraphs)
{
    QList<ParagraphKind> result;
    for (const ParsedParagraph &p : paragraphs)
        result << p.kind;
    return result;
}

QMap<QString, int> kindCounts(const QList<ParsedParagraph> &paragraphs)
{
    QMap<QString, int> counts;
    for (const ParsedParagraph &p : paragraphs)
        ++counts[toString(p.kind)];
    return counts;
}

std::string str(const QList<ParagraphKind> &list)
{
    QStringList names;
    for (ParagraphKind k : list)
        names << toString(k);
    return names.join(u' ').toStdString();
}

const ParsedParagraph *findParagraph(const QList<ParsedParagraph> &paragraphs, const QString &text)
{
    for (const ParsedParagraph &p : paragraphs) {
        if (p.text == text)
            return &p;
    }
    return nullptr;
}

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

/// Splits a bilingual seed at its first line that is mostly ideographs (the test's own rule).
std::pair<QString, QString> splitAtFirstChineseLine(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    qsizetype split = lines.size();
    for (qsizetype i = 0; i < lines.size() && split == lines.size(); ++i) {
        int han = 0;
        for (QChar c : lines[i])
            han += isHan(c.unicode()) ? 1 : 0;
        if (han * 2 > lines[i].trimmed().size())
            split = i;
    }
    return {lines.mid(0, split).join(u'\n'), lines.mid(split).join(u'\n')};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    return file.readAll();
}

} // namespace

// The seeds live beside the repository; without TIGERSCOPE_SEEDS_DIR a missing folder skips.
#define SEED_PATH_OR_SKIP(variable, prefix) \
    const QString variable = testsupport::seedPath(prefix); \
    if (variable.isEmpty()) { \
        if (qEnvironmentVariableIsSet("TIGERSCOPE_SEEDS_DIR")) \
            FAIL() << "seed " << qPrintable(prefix) << " missing from " << qPrintable(testsupport::seedsDir()); \
        GTEST_SKIP() << "seed " << qPrintable(prefix) << " not available"; \
    }

// ---------------------------------------------------------------------------------------------
// Decoding

TEST(TextDecoding, Utf8WithAndWithoutBomReadTheSame)
{
    const QByteArray plain = (kEnglishBlock + kChineseBlock).toUtf8();
    const ParsedArticle a = parse(plain);
    const ParsedArticle b = parse(QByteArray("\xEF\xBB\xBF") + plain);
    EXPECT_EQ(a.encoding, u"UTF-8"_s);
    EXPECT_EQ(b.encoding, u"UTF-8-BOM"_s);
    EXPECT_EQ(a.en, b.en);
    EXPECT_EQ(a.zh, b.zh);
    EXPECT_EQ(a.fingerprint, b.fingerprint);
    EXPECT_FALSE(a.en.first().text.startsWith(QChar(0xFEFF)));
}

TEST(TextDecoding, Utf16WithBomBothByteOrders)
{
    const QString text = kEnglishBlock + kChineseBlock;
    const ParsedArticle reference = parse(text);
    const std::pair<QStringConverter::Encoding, QString> cases[] = {
        {QStringConverter::Utf16LE, u"UTF-16LE"_s},
        {QStringConverter::Utf16BE, u"UTF-16BE"_s},
    };
    for (const auto &[encoding, name] : cases) {
        QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(text);
        const ParsedArticle article = parse(bytes);
        EXPECT_EQ(article.encoding, name);
        EXPECT_EQ(article.en, reference.en);
        EXPECT_EQ(article.zh, reference.zh);
        EXPECT_EQ(article.fingerprint, reference.fingerprint);
    }
}

TEST(TextDecoding, Gb18030IsDetectedAndReadsLikeUtf8)
{
    const QString text = kEnglishBlock + kChineseBlock;
    QStringEncoder encoder("GB18030");
    ASSERT_TRUE(encoder.isValid()) << "Qt was built without ICU";
    const QByteArray gb = encoder.encode(text);
    ASSERT_NE(gb, text.toUtf8());
    ASSERT_FALSE(gb.isValidUtf8());

    const ParsedArticle utf8 = parse(text);
    const ParsedArticle fromGb = parse(gb);
    EXPECT_EQ(fromGb.encoding, u"GB18030"_s);
    EXPECT_EQ(fromGb.zh, utf8.zh);
    EXPECT_EQ(fromGb.en, utf8.en);
    EXPECT_EQ(fromGb.fingerprint, utf8.fingerprint);
}

TEST(TextDecoding, StrictUtf8Validation)
{
    // The decoder relies on QByteArray::isValidUtf8 being as strict as this.
    EXPECT_TRUE(u"abc 中文 😀"_s.toUtf8().isValidUtf8());
    EXPECT_FALSE(QByteArray("abc\xC3").isValidUtf8());          // truncated
    EXPECT_FALSE(QByteArray("\xC0\xAF").isValidUtf8());         // overlong
    EXPECT_FALSE(QByteArray("\xED\xA0\x80").isValidUtf8());     // surrogate
    EXPECT_FALSE(QByteArray("\xF4\x90\x80\x80").isValidUtf8()); // above U+10FFFF
}

TEST(TextDecoding, EmptyFilesAreRefused)
{
    EXPECT_FALSE(parseError(QByteArray()).isEmpty());
    EXPECT_FALSE(parseError(QByteArray(" \n\n\t \r\n")).isEmpty());
    EXPECT_FALSE(parseError(QByteArray("\xEF\xBB\xBF")).isEmpty());
    EXPECT_FALSE(parseError(QByteArray("\xFF\xFE")).isEmpty());
    // Markdown that holds nothing but syntax.
    const ParseResult onlySyntax = ArticleParser::parseBytes("---\n***\n", u"empty.md"_s);
    EXPECT_FALSE(onlySyntax.ok());
    EXPECT_FALSE(onlySyntax.error.isEmpty());
}

TEST(TextDecoding, BinaryFilesAreRefused)
{
    const QByteArray png("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR\x00\x00\x01\x00", 20);
    const QString withNul = parseError(png);
    EXPECT_FALSE(withNul.isEmpty());

    QByteArray controls;
    for (int i = 0; i < 400; ++i)
        controls.append(char(1 + i % 8)).append(i % 3 == 0 ? 'a' : '\x1B');
    EXPECT_FALSE(parseError(controls).isEmpty());
}

TEST(TextDecoding, WronglyEncodedFilesAreRefused)
{
    // Neither UTF-8 nor GB18030: every pair is undecodable.
    QByteArray junk;
    for (int i = 0; i < 200; ++i)
        junk.append("\x80\xFF");
    EXPECT_FALSE(parseError(junk).isEmpty());

    // A UTF-16 byte-order mark over data that is not UTF-16: lone surrogates throughout.
    QByteArray badUtf16("\xFF\xFE");
    for (int i = 0; i < 100; ++i)
        badUtf16.append("\x00\xDC\x41\x00", 4);
    EXPECT_FALSE(parseError(badUtf16).isEmpty());
}

TEST(TextDecoding, ALoneUtf16SurrogateBecomesTheReplacementCharacter)
{
    // "A", a high surrogate with no low one after it, then "A": never U+10041.
    QByteArray bytes("\xFF\xFE", 2);
    const QString line = u"A lone surrogate in an English line of an article file, "_s;
    for (int i = 0; i < 4; ++i)
        bytes.append(reinterpret_cast<const char *>(line.utf16()), line.size() * 2);
    bytes.append("\x41\x00\x00\xD8\x41\x00", 6);
    const DecodedText decoded = TextDecoder::decode(bytes);
    ASSERT_TRUE(decoded.error.isEmpty()) << qPrintable(decoded.error);
    EXPECT_TRUE(decoded.text.endsWith(u"A\uFFFDA"_s)) << qPrintable(decoded.text.right(8));
    EXPECT_FALSE(decoded.text.toUcs4().contains(0x10041u));
    EXPECT_EQ(decoded.undecodable, 1);
}

TEST(TextDecoding, AFewBadBytesAreReplacedWithAWarning)
{
    QStringEncoder encoder("GB18030");
    QByteArray bytes = encoder.encode(kChineseBlock);
    bytes.insert(bytes.indexOf('\n') + 1, "\x80\n");
    const ParseResult result = ArticleParser::parseBytes(bytes, u"gb.txt"_s);
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);
    EXPECT_EQ(result.article->encoding, u"GB18030"_s);
    EXPECT_EQ(result.warnings.size(), 1);
}

TEST(TextDecoding, OversizedInputIsRefusedQuickly)
{
    const QByteArray big(50 * 1024 * 1024, 'a');
    QElapsedTimer timer;
    timer.start();
    const ParseResult result = ArticleParser::parseBytes(big, u"big.txt"_s);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(u"20"_s)) << qPrintable(result.error);
    EXPECT_LT(timer.elapsed(), 2000);

    // A file is measured before it is read.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(u"huge.txt"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(TextDecoder::MaxBytes + 1));
    file.close();
    const ParseResult fromFile = ArticleParser::parseFile(file.fileName());
    EXPECT_FALSE(fromFile.ok());
    EXPECT_FALSE(fromFile.error.isEmpty());
}

TEST(TextDecoding, MissingFileIsAnErrorNotACrash)
{
    const ParseResult result = ArticleParser::parseFile(u"/nonexistent/article.txt"_s);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(u"article.txt"_s));
}

TEST(TextDecoding, NormalisesUnicodeLineEndingsAndSpace)
{
    // "Café" with a combining accent, CRLF, a lone CR, trailing blanks and an ideographic space.
    const QString text = u"Cafe\u0301 opens today.  \r\nA second line.\t\rA third line.\u3000\n"_s;
    const ParsedArticle article = parse(text);
    ASSERT_EQ(article.en.size(), 3);
    EXPECT_EQ(article.en[0].text, u"Caf\u00e9 opens today."_s);
    EXPECT_EQ(article.en[1].text, u"A second line."_s);
    EXPECT_EQ(article.en[2].text, u"A third line."_s);
    EXPECT_EQ(article.en[1].sourceLine, 2);
    EXPECT_EQ(article.en[2].sourceLine, 3);
}

// ---------------------------------------------------------------------------------------------
// Languages

TEST(ScriptDetection, IdeographsAgainstLatinLetters)
{
    EXPECT_EQ(ScriptDetector::detect(u"模型公司完成了新融资。"_s), Language::Chinese);
    EXPECT_EQ(ScriptDetector::detect(u"开源模型DeepSeek-R1以性能比肩GPT-4o。"_s), Language::Chinese);
    EXPECT_EQ(ScriptDetector::detect(u"The new office opened in spring插图"_s), Language::English);
    EXPECT_EQ(ScriptDetector::detect(u"The new office opened in spring插图1"_s), Language::English);
    EXPECT_EQ(ScriptDetector::detect(u"2025-03-26"_s), std::nullopt);
    EXPECT_EQ(ScriptDetector::detect(u"，。、"_s), std::nullopt);
    const ScriptDetector::Counts counts = ScriptDetector::count(u"AI行业 𠀀"_s); // with an Extension B ideograph
    EXPECT_EQ(counts.han, 3);
    EXPECT_EQ(counts.latin, 2);
}

TEST(Languages, EnglishBlockThenChineseBlock)
{
    const ParsedArticle article = parse(kEnglishBlock + u"\n"_s + kChineseBlock);
    ASSERT_EQ(article.en.size(), kEnglishKinds.size());
    ASSERT_EQ(article.zh.size(), kChineseKinds.size());
    EXPECT_EQ(article.languages(), (QStringList{u"en"_s, u"zh"_s}));
    for (int i = 0; i < article.en.size(); ++i) {
        EXPECT_EQ(article.en[i].index, i);
        EXPECT_EQ(article.en[i].lang, u"en"_s);
    }
    for (int i = 0; i < article.zh.size(); ++i) {
        EXPECT_EQ(article.zh[i].index, i);
        EXPECT_EQ(article.zh[i].lang, u"zh"_s);
    }
    // The date without letters stays with the English block; the blank line is not counted.
    EXPECT_EQ(article.en[2].text, u"2024-05-06"_s);
    EXPECT_EQ(article.en[5].sourceLine, 7);
    EXPECT_EQ(article.zh[0].sourceLine, 18);
}

TEST(Languages, InterleavedLinesAreSplitKeepingOrder)
{
    const QString text = u"第一段中文内容在这里。\n"
                         "The first English paragraph is here.\n"
                         "第二段中文内容在这里。\n"
                         "The second English paragraph is here.\n"
                         "第三段中文内容在这里。\n"_s;
    const ParsedArticle article = parse(text);
    EXPECT_EQ(texts(article.zh),
              (QStringList{u"第一段中文内容在这里。"_s, u"第二段中文内容在这里。"_s, u"第三段中文内容在这里。"_s}));
    EXPECT_EQ(texts(article.en),
              (QStringList{u"The first English paragraph is here."_s, u"The second English paragraph is here."_s}));
    EXPECT_EQ(article.zh[2].index, 2);
    EXPECT_EQ(article.zh[2].sourceLine, 5);
    EXPECT_EQ(article.en[1].index, 1);
    EXPECT_EQ(article.en[1].sourceLine, 4);
}

TEST(Languages, SingleLanguageFile)
{
    const ParsedArticle article = parse(kChineseBlock);
    EXPECT_TRUE(article.en.isEmpty());
    EXPECT_EQ(article.languages(), QStringList{u"zh"_s});
    EXPECT_EQ(article.title, u"模型市场的六只老虎"_s);
}

// ---------------------------------------------------------------------------------------------
// Kinds and metadata

TEST(Kinds, SyntheticBilingualArticle)
{
    const ParsedArticle article = parse(kEnglishBlock + kChineseBlock);
    EXPECT_EQ(kinds(article.en), kEnglishKinds) << str(kinds(article.en));
    EXPECT_EQ(kinds(article.zh), kChineseKinds) << str(kinds(article.zh));
}

TEST(Kinds, MetadataOfSyntheticArticle)
{
    const ParsedArticle article = parse(kEnglishBlock + kChineseBlock);
    EXPECT_EQ(article.titleEn, u"Tigers of the Model Market"_s);
    EXPECT_EQ(article.titleZh, u"模型市场的六只老虎"_s);
    EXPECT_EQ(article.title, article.titleEn);
    EXPECT_EQ(article.outlet, u"Example Daily"_s);
    EXPECT_EQ(article.author, u"Li Ming"_s);
    EXPECT_EQ(article.editors, QStringList{u"Wang Fang"_s});
    EXPECT_EQ(article.published, QDate(2024, 5, 6));
}

TEST(Kinds, ChineseMetadataAlone)
{
    const ParsedArticle article = parse(kChineseBlock);
    EXPECT_EQ(article.author, u"李明"_s);
    EXPECT_EQ(article.editors, QStringList{u"王芳"_s});
    EXPECT_EQ(article.published, QDate(2024, 5, 6));
    EXPECT_EQ(article.outlet, u"示例日报"_s); // from the reprint notice
}

TEST(Kinds, WenAuthorEditorByline)
{
    const Byline byline = LinePatterns::parseByline(u"Wen| Morning Paper, author| Zhou Ping, Editor| Qian Lu"_s);
    EXPECT_EQ(byline.outlet, u"Morning Paper"_s);
    EXPECT_EQ(byline.author, u"Zhou Ping"_s);
    EXPECT_EQ(byline.editors, QStringList{u"Qian Lu"_s});
    EXPECT_EQ(LinePatterns::parseByline(u"文丨赵六"_s).author, u"赵六"_s);
    EXPECT_EQ(LinePatterns::parseByline(u"By Jane Doe"_s).author, u"Jane Doe"_s);
    EXPECT_FALSE(LinePatterns::isByline(u"Authorities said the rules would change."_s));
}

TEST(Kinds, DatesInSeveralForms)
{
    EXPECT_EQ(LinePatterns::findDate(u"2025-03-26"_s), QDate(2025, 3, 26));
    EXPECT_EQ(LinePatterns::findDate(u"2025年3月26日"_s), QDate(2025, 3, 26));
    EXPECT_EQ(LinePatterns::findDate(u"March 26, 2025"_s), QDate(2025, 3, 26));
    EXPECT_EQ(LinePatterns::findDate(u"26 Mar 2025"_s), QDate(2025, 3, 26));
    EXPECT_FALSE(LinePatterns::findDate(u"2025-13-40"_s).isValid());
    EXPECT_TRUE(LinePatterns::isDateLine(u"发布时间：2025-03-26 10:30"_s));
    EXPECT_TRUE(LinePatterns::isDateLine(u"Published: March 26, 2025"_s));
    EXPECT_FALSE(LinePatterns::isDateLine(u"On 2025-03-26 the company raised money."_s));
}

TEST(Kinds, ChromePatterns)
{
    for (const QString &line :
         {u"Your Position Home Technology"_s, u"0 comments"_s, u"1,204 views"_s, u"6 favorites"_s, u"14 minutes"_s,
          u"Popular Articles"_s, u"View details>"_s, u"阅读 998"_s, u"3条评论"_s, u"分享到"_s,
          u"The image is from Example Photos under a free licence."_s, u"题图来自 示例图库"_s,
          u"Some office scene插图2"_s, u"图1：办公室"_s, u"Copyright 2025 Example Media"_s}) {
        EXPECT_TRUE(LinePatterns::isChrome(line)) << qPrintable(line);
    }
    for (const QString &line : {u"Investors asked how the companies would earn money."_s, u"Cloud prices"_s,
                                u"Follow the money, analysts said of the deal."_s, u"投资人关心这些公司如何赚钱。"_s,
                                u"The picture looks different this year."_s,
                                u"The paper agreed to reprint the letter in full."_s, u"这篇文章被大量转载。"_s}) {
        EXPECT_FALSE(LinePatterns::isChrome(line)) << qPrintable(line);
    }
}

TEST(Kinds, HeadingsNeedTextAfterThem)
{
    const QString text = u"A long opening sentence that is clearly body text, not a title.\n"
                         "Short section name\n"
                         "Body text under the section.\n"
                         "A short sentence.\n"
                         "Closing words without a stop"_s;
    const ParsedArticle article = parse(text);
    EXPECT_EQ(kinds(article.en), (QList<K>{K::Body, K::Heading, K::Body, K::Body, K::Body})) << str(kinds(article.en));
    EXPECT_TRUE(article.titleEn.isEmpty());
    EXPECT_EQ(article.title, u"article"_s); // no title in the text: the file's name
}

TEST(Kinds, TeaserWithCompleteSentenceUnderItsOwnTitle)
{
    const QString text = u"Real title here\n"
                         "First body paragraph of the article.\n"
                         "How to pick a model\n"
                         "A complete teaser sentence for another article.\n"
                         "Read more >>\n"
                         "Second body paragraph of the article.\n"_s;
    const ParsedArticle article = parse(text);
    EXPECT_EQ(kinds(article.en), (QList<K>{K::Title, K::Body, K::Chrome, K::Chrome, K::Chrome, K::Body}))
        << str(kinds(article.en));

    // A complete teaser with no title over it is left alone.
    const ParsedArticle untitled
        = parse(u"模型市场的新变化\n第一段正文内容在这里。\n另一篇文章的完整简介。\n阅读全文\n"_s);
    EXPECT_EQ(kinds(untitled.zh), (QList<K>{K::Title, K::Body, K::Body, K::Chrome})) << str(kinds(untitled.zh));
}

// ---------------------------------------------------------------------------------------------
// Markdown

TEST(Markdown, SyntaxIsStrippedAndHeadingsKept)
{
    const QString text = u"# The **Model** Market\n"
                         "\n"
                         "Some *emphasis*, a [link](https://example.com/a) and `code` in text.\n"
                         "\n"
                         "## Funding rounds\n"
                         "\n"
                         "- A bullet with __strong__ words.\n"
                         "> A quoted sentence.\n"
                         "![A chart of funding](chart.png)\n"
                         "```\n"
                         "let x = *y*;\n"
                         "```\n"
                         "Closing paragraph with a snake_case_name.\n"_s;
    const ParsedArticle article = parse(text, u"notes.md"_s);
    EXPECT_TRUE(article.markdown);
    EXPECT_EQ(texts(article.en),
              (QStringList{u"The Model Market"_s, u"Some emphasis, a link and code in text."_s, u"Funding rounds"_s,
                           u"A bullet with strong words."_s, u"A quoted sentence."_s, u"A chart of funding"_s,
                           u"let x = *y*;"_s, u"Closing paragraph with a snake_case_name."_s}));
    EXPECT_EQ(kinds(article.en),
              (QList<K>{K::Title, K::Body, K::Heading, K::Body, K::Body, K::Chrome, K::Body, K::Body}))
        << str(kinds(article.en));
    EXPECT_EQ(article.titleEn, u"The Model Market"_s);
    EXPECT_EQ(article.en[2].sourceLine, 5);
}

TEST(Markdown, DetectedFromContentAndSetextHeadings)
{
    const QString text = u"Market Notes\n"
                         "============\n"
                         "A paragraph with a [first](http://a.example) and [second](http://b.example) link.\n"_s;
    const ParsedArticle article = parse(text, u"notes.txt"_s);
    EXPECT_TRUE(article.markdown);
    ASSERT_EQ(article.en.size(), 2);
    EXPECT_EQ(article.en[0].kind, K::Title);
    EXPECT_EQ(article.en[1].text, u"A paragraph with a first and second link."_s);
}

TEST(Markdown, PathologicalLongLineStaysFast)
{
    // Two megabytes of unclosed emphasis and brackets on one line.
    QString line;
    for (int i = 0; i < 200000; ++i)
        line += u"**a [b]( _c "_s;
    QElapsedTimer timer;
    timer.start();
    const ParsedArticle article = parse(line + u"\n"_s, u"long.md"_s);
    EXPECT_EQ(article.en.size(), 1);
    EXPECT_LT(timer.elapsed(), 20000);
}

TEST(Markdown, PlainTextIsLeftAlone)
{
    const QString text = u"Revenue grew 5*3 percent; see [note] and file_name_here.\n"_s;
    const ParsedArticle article = parse(text, u"plain.txt"_s);
    EXPECT_FALSE(article.markdown);
    ASSERT_EQ(article.en.size(), 1);
    EXPECT_EQ(article.en[0].text, text.trimmed());
}

// ---------------------------------------------------------------------------------------------
// Fingerprint, pairs, progress, size

TEST(Fingerprint, FollowsTheDocumentedFormula)
{
    const ParsedArticle article = parse(kEnglishBlock + kChineseBlock);
    QByteArray expected = "en\n";
    for (const ParsedParagraph &p : article.en)
        expected += p.text.toUtf8() + '\n';
    expected += "zh\n";
    for (const ParsedParagraph &p : article.zh)
        expected += p.text.toUtf8() + '\n';
    EXPECT_EQ(article.fingerprint,
              QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));

    const ParsedArticle changed = parse(kEnglishBlock + kChineseBlock + u"One more line.\n"_s);
    EXPECT_NE(changed.fingerprint, article.fingerprint);
}

TEST(Fingerprint, PairOfFilesMatchesCombinedFile)
{
    const ParsedArticle combined = parse(kEnglishBlock + kChineseBlock, u"combined.txt"_s);
    QStringEncoder gb("GB18030");
    const ParsedArticle zhFile = parse(gb.encode(kChineseBlock), u"zh.txt"_s);
    const ParsedArticle enFile = parse(kEnglishBlock, u"en.txt"_s);

    const ParsedArticle merged = ArticleParser::mergePair(zhFile, enFile);
    EXPECT_EQ(merged.fingerprint, combined.fingerprint);
    EXPECT_EQ(merged.en, combined.en); // the English file's lines are numbered as in the combined one
    EXPECT_EQ(texts(merged.zh), texts(combined.zh));
    EXPECT_EQ(kinds(merged.zh), kinds(combined.zh));
    EXPECT_EQ(merged.zh.last().index, combined.zh.last().index);
    EXPECT_EQ(merged.zh.first().sourceLine, 1); // lines of the Chinese file
    EXPECT_EQ(merged.title, combined.title);
    EXPECT_EQ(merged.titleZh, combined.titleZh);
    EXPECT_EQ(merged.outlet, combined.outlet);
    EXPECT_EQ(merged.author, combined.author);
    EXPECT_EQ(merged.published, combined.published);
    EXPECT_EQ(merged.encoding, u"GB18030+UTF-8"_s);
    EXPECT_EQ(merged.sourcePath, u"zh.txt\nen.txt"_s);
    EXPECT_EQ(ArticleParser::mergePair(enFile, zhFile).fingerprint, combined.fingerprint);
}

TEST(Fingerprint, MergingTwoFilesOfOneLanguageRenumbers)
{
    const ParsedArticle first = parse(u"第一段中文内容在这里。\n第二段中文内容在这里。\n"_s);
    const ParsedArticle second = parse(u"第三段中文内容在这里。\n"_s);
    const ParsedArticle merged = ArticleParser::mergePair(first, second);
    ASSERT_EQ(merged.zh.size(), 3);
    EXPECT_EQ(merged.zh[2].index, 2);
    EXPECT_EQ(merged.zh[2].sourceLine, 1);
}

TEST(Progress, ReportsMonotonicallyToTheEnd)
{
    QString text;
    for (int i = 0; i < 3000; ++i)
        text += i % 2 ? u"第%1段中文内容在这里。\n"_s.arg(i) : u"English paragraph number %1 is here.\n"_s.arg(i);
    QList<std::pair<int, int>> calls;
    const ParseResult result = ArticleParser::parseBytes(text.toUtf8(), u"long.txt"_s, [&calls](int done, int total) {
        calls.append({done, total});
    });
    ASSERT_TRUE(result.ok());
    ASSERT_GE(calls.size(), 3);
    EXPECT_EQ(calls.first().first, 0);
    EXPECT_EQ(calls.last().first, calls.last().second);
    for (qsizetype i = 1; i < calls.size(); ++i) {
        EXPECT_GT(calls[i].first, calls[i - 1].first);
        EXPECT_EQ(calls[i].second, calls[0].second);
    }
}

TEST(Progress, LargeInputIsLinear)
{
    // About 18 MB, just under the limit: 240,000 lines, parsed in one go.
    QString text;
    const QString en = u"English paragraph %1 goes on a little so that the file becomes large.\n"_s;
    const QString zh = u"第%1段中文内容写得稍长一些，让文件变得更大一点。\n"_s;
    for (int i = 0; i < 240000; ++i)
        text += (i % 3 ? en : zh).arg(i);
    const QByteArray bytes = text.toUtf8();
    ASSERT_LT(bytes.size(), TextDecoder::MaxBytes);
    QElapsedTimer timer;
    timer.start();
    const ParseResult result = ArticleParser::parseBytes(bytes, u"large.txt"_s);
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);
    EXPECT_EQ(result.article->en.size() + result.article->zh.size(), 240000);
    EXPECT_EQ(result.article->zh.size(), 80000);
    EXPECT_LT(timer.elapsed(), 60000) << "parsing should be linear in the input";
    std::cout << "parsed " << bytes.size() << " bytes in " << timer.elapsed() << " ms\n";
}

// ---------------------------------------------------------------------------------------------
// The seed articles

TEST(Seeds, Bilingual003)
{
    SEED_PATH_OR_SKIP(path, u"003"_s);
    const ParseResult result = ArticleParser::parseFile(path);
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);
    const ParsedArticle &article = *result.article;
    EXPECT_TRUE(result.warnings.isEmpty());
    EXPECT_EQ(article.encoding, u"UTF-8"_s);
    EXPECT_EQ(article.sourcePath, path);
    ASSERT_EQ(article.en.size(), 49);
    ASSERT_EQ(article.zh.size(), 34);
    EXPECT_EQ(article.en.last().index, 48);
    EXPECT_EQ(article.zh.last().index, 33);
    EXPECT_EQ(article.zh.first().sourceLine, 50);

    EXPECT_EQ(
        kindCounts(article.en),
        (QMap<QString, int>{{u"title"_s, 1}, {u"meta"_s, 3}, {u"heading"_s, 3}, {u"chrome"_s, 10}, {u"body"_s, 32}}));
    EXPECT_EQ(kindCounts(article.zh), (QMap<QString, int>{{u"meta"_s, 1}, {u"chrome"_s, 2}, {u"body"_s, 31}}));

    // The English title is the file's first line; the Chinese block starts with its text.
    const QString firstLine = QString::fromUtf8(readFile(path)).section(u'\n', 0, 0).trimmed();
    EXPECT_EQ(article.titleEn, firstLine);
    EXPECT_EQ(article.en.first().kind, K::Title);
    EXPECT_TRUE(article.titleZh.isEmpty());
    EXPECT_EQ(article.title, firstLine);
    EXPECT_EQ(article.published, QDate(2025, 3, 26));
    EXPECT_EQ(article.outlet, u"New entropy"_s);
    EXPECT_EQ(article.author, u"Fushen"_s);

    for (const QString &counter : {u"0 comments"_s, u"998 views"_s, u"0 favorites"_s}) {
        const ParsedParagraph *p = findParagraph(article.en, counter);
        ASSERT_NE(p, nullptr) << qPrintable(counter);
        EXPECT_EQ(p->kind, K::Chrome) << qPrintable(counter);
    }
    // The advert: a question, a truncated teaser, and the link closing them.
    const ParsedParagraph *link = findParagraph(article.en, u"View details>"_s);
    ASSERT_NE(link, nullptr);
    ASSERT_GE(link->index, 2);
    EXPECT_EQ(link->kind, K::Chrome);
    EXPECT_EQ(article.en[link->index - 1].kind, K::Chrome);
    EXPECT_EQ(article.en[link->index - 2].kind, K::Chrome);
    EXPECT_EQ(article.en[link->index - 3].kind, K::Body);
    EXPECT_EQ(article.en[link->index + 1].kind, K::Body);
    // Image credits and reprint notices, in both languages.
    for (const QList<ParsedParagraph> *list : {&article.en, &article.zh}) {
        int credits = 0;
        for (const ParsedParagraph &p : *list) {
            if (p.text.contains(u"Pixabay"_s)) {
                EXPECT_EQ(p.kind, K::Chrome) << qPrintable(p.text);
                ++credits;
            }
        }
        EXPECT_EQ(credits, 1);
        EXPECT_EQ(list->last().kind, K::Chrome);
        EXPECT_EQ((*list)[list->size() - 3].kind, K::Meta); // the byline
    }
    // Headings sit between body paragraphs.
    for (const ParsedParagraph &p : article.en) {
        if (p.kind == K::Heading) {
            EXPECT_EQ(article.en[p.index - 1].kind, K::Body);
            EXPECT_EQ(article.en[p.index + 1].kind, K::Body);
        }
    }
}

TEST(Seeds, English000)
{
    SEED_PATH_OR_SKIP(path, u"000"_s);
    const ParsedArticle article = parse(readFile(path), path);
    EXPECT_EQ(article.en.size(), 61);
    EXPECT_TRUE(article.zh.isEmpty());
    EXPECT_EQ(article.languages(), QStringList{u"en"_s});
    EXPECT_EQ(
        kindCounts(article.en),
        (QMap<QString, int>{{u"title"_s, 1}, {u"meta"_s, 1}, {u"heading"_s, 3}, {u"chrome"_s, 4}, {u"body"_s, 52}}));

    int captions = 0;
    for (const ParsedParagraph &p : article.en) {
        if (p.text.contains(u"插图"_s)) {
            EXPECT_EQ(p.kind, K::Chrome) << qPrintable(p.text);
            ++captions;
        }
    }
    EXPECT_EQ(captions, 2);
    EXPECT_EQ(article.en.first().kind, K::Chrome); // the breadcrumb
    EXPECT_EQ(article.en.last().kind, K::Chrome);  // "Popular Articles"
    EXPECT_EQ(article.en[1].kind, K::Title);
    EXPECT_EQ(article.titleEn, article.en[1].text);
    EXPECT_EQ(article.author, u"He Lingzheng"_s);
    EXPECT_EQ(article.editors, QStringList{u"Zhai Wenting"_s});
    EXPECT_FALSE(article.published.isValid());
}

TEST(Seeds, Gb18030CopyOf003ReadsTheSame)
{
    SEED_PATH_OR_SKIP(path, u"003"_s);
    const QByteArray utf8 = readFile(path);
    QStringEncoder encoder("GB18030");
    const QByteArray gb = encoder.encode(QString::fromUtf8(utf8));
    ASSERT_FALSE(encoder.hasError());
    ASSERT_NE(gb, utf8);

    const ParsedArticle original = parse(utf8, path);
    const ParsedArticle copy = parse(gb, path);
    EXPECT_EQ(copy.encoding, u"GB18030"_s);
    EXPECT_EQ(copy.en, original.en);
    EXPECT_EQ(copy.zh, original.zh);
    EXPECT_EQ(copy.fingerprint, original.fingerprint);
    EXPECT_EQ(copy.title, original.title);
    EXPECT_EQ(copy.published, original.published);
}

TEST(Seeds, PairOfFilesFrom003MatchesTheCombinedFile)
{
    SEED_PATH_OR_SKIP(path, u"003"_s);
    const QString text = QString::fromUtf8(readFile(path));
    const auto [englishPart, chinesePart] = splitAtFirstChineseLine(text);
    ASSERT_FALSE(englishPart.isEmpty());
    ASSERT_FALSE(chinesePart.isEmpty());

    const ParsedArticle combined = parse(text.toUtf8(), path);
    QStringEncoder gb("GB18030");
    const ParsedArticle zhFile = parse(gb.encode(chinesePart), u"003-zh.txt"_s);
    const ParsedArticle enFile = parse(englishPart.toUtf8(), u"003-en.txt"_s);
    EXPECT_TRUE(zhFile.en.isEmpty());
    EXPECT_TRUE(enFile.zh.isEmpty());

    const ParsedArticle merged = ArticleParser::mergePair(zhFile, enFile);
    EXPECT_EQ(merged.fingerprint, combined.fingerprint);
    EXPECT_EQ(texts(merged.en), texts(combined.en));
    EXPECT_EQ(texts(merged.zh), texts(combined.zh));
    EXPECT_EQ(kinds(merged.en), kinds(combined.en));
    EXPECT_EQ(kinds(merged.zh), kinds(combined.zh));
    EXPECT_EQ(merged.title, combined.title);
    EXPECT_EQ(merged.author, combined.author);
    EXPECT_EQ(merged.outlet, combined.outlet);
    EXPECT_EQ(merged.published, combined.published);
}

TEST(Seeds, Utf16CopyOf000ReadsTheSame)
{
    SEED_PATH_OR_SKIP(path, u"000"_s);
    const QByteArray utf8 = readFile(path);
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const ParsedArticle original = parse(utf8, path);
    const ParsedArticle copy = parse(encoder.encode(QString::fromUtf8(utf8)), path);
    EXPECT_EQ(copy.encoding, u"UTF-16LE"_s);
    EXPECT_EQ(copy.en, original.en);
    EXPECT_EQ(copy.fingerprint, original.fingerprint);
}
