// Aligned text out: TSV one bead a line, TMX 1.4b well-formed with one <tu> per paired bead.
#include "AlignmentFormats.h"

#include <gtest/gtest.h>

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

const QStringList kZh = {u"第一段。"_s, u"第二段\t含制表符。"_s, u"第三段。"_s};
const QStringList kEn = {u"Heading"_s, u"First & <second>."_s, u"Third."_s};
const Alignment kAlignment{{{{}, {0}, 0.9}, {{0, 1}, {1}, 0.8765}, {{2}, {2}, 0.99}}};

TEST(AlignmentFormats, KeysRoundTrip)
{
    for (AlignmentFormat format : {AlignmentFormat::Json, AlignmentFormat::Tsv, AlignmentFormat::Tmx})
        EXPECT_EQ(alignmentFormatFromKey(alignmentFormatKey(format)), format);
    EXPECT_FALSE(alignmentFormatFromKey(u"xml"_s).has_value());
}

TEST(AlignmentFormats, TsvHasOneBeadPerLine)
{
    const QByteArray tsv = writeAlignment(AlignmentFormat::Tsv, kAlignment, kZh, kEn);
    EXPECT_EQ(QString::fromUtf8(tsv),
              u"\tHeading\n第一段。 第二段 含制表符。\tFirst & <second>.\n第三段。\tThird.\n"_s);
}

TEST(AlignmentFormats, TmxIsWellFormedWithOneUnitPerPair)
{
    const QByteArray tmx = writeAlignment(AlignmentFormat::Tmx, kAlignment, kZh, kEn);
    QXmlStreamReader xml(tmx);
    int units = 0;
    QStringList segments;
    QStringList languages;
    QStringList confidences;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"tu"_s)
            ++units;
        else if (xml.name() == u"tuv"_s)
            languages.append(xml.attributes().value(u"http://www.w3.org/XML/1998/namespace"_s, u"lang"_s).toString());
        else if (xml.name() == u"seg"_s)
            segments.append(xml.readElementText());
        else if (xml.name() == u"prop"_s && xml.attributes().value(u"type"_s) == u"x-confidence"_s)
            confidences.append(xml.readElementText());
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(units, 2);
    EXPECT_EQ(languages, (QStringList{u"zh-CN"_s, u"en"_s, u"zh-CN"_s, u"en"_s}));
    EXPECT_EQ(segments.at(1), u"First & <second>."_s);
    EXPECT_EQ(confidences, (QStringList{u"0.877"_s, u"0.99"_s}));
    EXPECT_TRUE(tmx.contains("<tmx version=\"1.4\">"));
    EXPECT_TRUE(tmx.contains("<prop type=\"x-zh-paragraphs\">1,2</prop>"));
}

} // namespace
