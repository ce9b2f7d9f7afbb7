// TextDecoder choosing among encodings: one bad byte in UTF-8 stays UTF-8, Big5 is recognised,
// a declared charset is honoured when it fits and overruled when it does not, and the user is
// told which encoding was used and how many characters were replaced.
#include "ArticleParser.h"
#include "TextDecoder.h"

#include <gtest/gtest.h>

#include <QStringEncoder>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

const QString kSimplified
    = u"经过一年多的施工，江边老街改造工程近日全部完成。上周末老街重新开放，许多市民和外地游客前来参观。\n"
      "据介绍，这次改造保留了老街原有的石板路和两侧的木结构店铺，对排水、照明和消防设施进行了全面更新。\n"_s;
const QString kTraditional = u"位於山區的一所小學，最近在家長和校友的協助下，把使用了三十多年的舊書架全部換新。\n"
                             "校長表示，舊書架多半已經變形，學生拿書時常常卡住，老師一直擔心會有危險。\n"_s;

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    const QByteArray bytes = encoder.encode(text);
    EXPECT_FALSE(encoder.hasError());
    return bytes;
}

} // namespace

TEST(Decoding, OneBadByteInUtf8StaysUtf8WithOneReplacement)
{
    QByteArray bytes = kSimplified.toUtf8();
    bytes.insert(bytes.indexOf('\n') + 1, '\xFF');
    const DecodedText decoded = TextDecoder::decode(bytes);
    EXPECT_EQ(decoded.encoding, u"UTF-8"_s);
    EXPECT_EQ(decoded.undecodable, 1);
    EXPECT_EQ(decoded.text, QString(kSimplified).insert(kSimplified.indexOf(u'\n') + 1, QChar::ReplacementCharacter));
    const QStringList warnings = TextDecoder::warnings(decoded);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.first().contains(u"UTF-8"_s));
    EXPECT_TRUE(warnings.first().contains(u"1"_s));

    // The whole article survives: every paragraph as written, but for the one replaced character.
    const ParseResult parsed = ArticleParser::parseBytes(bytes, u"one-bad-byte.txt"_s);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.article->zh.size(), 2);
    EXPECT_TRUE(parsed.article->zh.last().text.startsWith(QChar::ReplacementCharacter));
    EXPECT_TRUE(parsed.article->zh.first().text.contains(u"江边老街改造工程"_s));
}

TEST(Decoding, Big5IsRecognisedAndSaid)
{
    const DecodedText decoded = TextDecoder::decode(encoded(kTraditional, "Big5"));
    EXPECT_EQ(decoded.encoding, u"Big5"_s);
    EXPECT_EQ(decoded.text, kTraditional);
    EXPECT_EQ(decoded.undecodable, 0);
    const QStringList warnings = TextDecoder::warnings(decoded);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.first().contains(u"Big5"_s));
}

TEST(Decoding, GbkIsStillGb18030)
{
    const DecodedText decoded = TextDecoder::decode(encoded(kSimplified, "GB18030"));
    EXPECT_EQ(decoded.encoding, u"GB18030"_s);
    EXPECT_EQ(decoded.text, kSimplified);
}

TEST(Decoding, DeclaredCharsetIsHonouredOrOverruled)
{
    // Declared gb2312, is GBK: read as GB18030, nothing to say but the encoding is as declared.
    const DecodedText gb = TextDecoder::decode(encoded(kSimplified, "GB18030"), "gb2312");
    EXPECT_EQ(gb.encoding, u"GB18030"_s);
    EXPECT_TRUE(TextDecoder::warnings(gb).isEmpty()) << qPrintable(TextDecoder::warnings(gb).join(u'\n'));
    // Declared gb2312, is Big5: the bytes win, and the user is told.
    const DecodedText big5 = TextDecoder::decode(encoded(kTraditional, "Big5"), "gb2312");
    EXPECT_EQ(big5.encoding, u"Big5"_s);
    EXPECT_EQ(big5.text, kTraditional);
    ASSERT_EQ(TextDecoder::warnings(big5).size(), 1);
    EXPECT_TRUE(TextDecoder::warnings(big5).first().contains(u"GB18030"_s));
    // Declared windows-1252 (as iso-8859-1): honoured.
    const DecodedText latin = TextDecoder::decode("Caf\xE9 cr\xE8me, na\xEFve r\xE9sum\xE9 ", "iso-8859-1");
    EXPECT_EQ(latin.encoding, u"windows-1252"_s);
    EXPECT_EQ(latin.text, u"Café crème, naïve résumé "_s);
}

TEST(Decoding, CharsetLabelsAreCanonical)
{
    EXPECT_EQ(TextDecoder::canonicalCharset("GB2312"), "GB18030");
    EXPECT_EQ(TextDecoder::canonicalCharset(" gbk "), "GB18030");
    EXPECT_EQ(TextDecoder::canonicalCharset("big5-hkscs"), "Big5");
    EXPECT_EQ(TextDecoder::canonicalCharset("utf8"), "UTF-8");
    EXPECT_TRUE(TextDecoder::canonicalCharset("no-such-charset").isEmpty());
}
