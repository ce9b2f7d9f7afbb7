// `tigerscope align` through the real binary: the 003 seed split into its two languages at run
// time (also re-encoded as GB18030), a synthetic pair with a one-language heading, and bad input.
#include "Seed003Gold.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <iostream>
#include <set>

using namespace Qt::StringLiterals;

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class AlignCommandTest : public ::testing::Test
{
protected:
    ProcessRun run(const QStringList &arguments)
    {
        QProcess process;
        process.setProgram(testsupport::executablePath());
        process.setArguments(QStringList{u"--data-dir"_s, m_dataDir.path()} + arguments);
        process.start();
        process.waitForFinished(120000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QTemporaryDir m_dataDir;
    QTemporaryDir m_files;
};

/// Chinese when Han characters outweigh Latin letters three to one ("题图来自 Pixabay" is Chinese).
bool isChinese(const QString &line)
{
    qsizetype han = 0;
    qsizetype latin = 0;
    for (QChar c : line) {
        if (c.script() == QChar::Script_Han)
            ++han;
        else if (c.isLetter() && c.script() == QChar::Script_Latin)
            ++latin;
    }
    return han > 0 && 3 * han >= latin;
}

std::set<std::pair<int, int>> links(const QJsonObject &json)
{
    std::set<std::pair<int, int>> result;
    for (const QJsonValue &pair : json.value(u"pairs"_s).toArray()) {
        for (const QJsonValue &zh : pair[u"zh"_s].toArray()) {
            for (const QJsonValue &en : pair[u"en"_s].toArray())
                result.insert({zh.toInt(), en.toInt()});
        }
    }
    return result;
}

QList<int> ints(const QJsonValue &array)
{
    QList<int> result;
    for (const QJsonValue &value : array.toArray())
        result << value.toInt();
    return result;
}

double f1(const std::set<std::pair<int, int>> &found, const std::set<std::pair<int, int>> &gold)
{
    int correct = 0;
    for (const auto &link : found)
        correct += gold.count(link) ? 1 : 0;
    if (found.empty() || gold.empty())
        return 0.0;
    const double precision = double(correct) / double(found.size());
    const double recall = double(correct) / double(gold.size());
    return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
}

QJsonObject parse(const ProcessRun &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.constData();
    return document.object();
}

} // namespace

TEST_F(AlignCommandTest, SeedSplitIntoItsLanguagesAlignsWithTheReference)
{
    const QString seed = testsupport::seedPath(u"003"_s);
    if (seed.isEmpty())
        GTEST_SKIP() << "seed 003 not found";
    QFile file(seed);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QStringList zh;
    QStringList en;
    for (const QString &raw : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString line = raw.trimmed();
        if (!line.isEmpty())
            (isChinese(line) ? zh : en).append(line);
    }
    ASSERT_EQ(zh.size(), seed003::kZhParagraphs);
    ASSERT_EQ(en.size(), seed003::kEnParagraphs);
    // Blank lines between paragraphs do not count: indices are over non-empty lines.
    const QString zhPath = write(u"zh.txt"_s, zh.join(u"\n\n"_s).toUtf8());
    const QString enPath = write(u"en.txt"_s, en.join(u'\n').toUtf8());

    const ProcessRun result = run({u"align"_s, u"--zh"_s, zhPath, u"--en"_s, enPath});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    EXPECT_TRUE(result.err.isEmpty()) << result.err.constData();
    const QJsonObject json = parse(result);
    std::set<std::pair<int, int>> gold(seed003::kLinks.begin(), seed003::kLinks.end());
    const double score = f1(links(json), gold);
    std::cout << "align command F1 on seed 003: " << score << std::endl;
    EXPECT_GE(score, 0.95);
    EXPECT_TRUE(json.value(u"zh_unmatched"_s).toArray().isEmpty());
    for (int heading : seed003::kEnHeadings)
        EXPECT_TRUE(ints(json.value(u"en_unmatched"_s)).contains(heading)) << heading;
    for (const QJsonValue &pair : json.value(u"pairs"_s).toArray()) {
        const double confidence = pair[u"confidence"_s].toDouble(-1);
        EXPECT_GE(confidence, 0.0);
        EXPECT_LE(confidence, 1.0);
    }

    // The same Chinese text in GB18030 aligns the same way.
    QStringEncoder gb18030("GB18030");
    ASSERT_TRUE(gb18030.isValid());
    const QByteArray gbBytes = gb18030.encode(zh.join(u'\n'));
    ASSERT_NE(gbBytes, zh.join(u'\n').toUtf8());
    const QString gbPath = write(u"zh-gb18030.txt"_s, gbBytes);
    const ProcessRun gbResult = run({u"align"_s, u"--en"_s, enPath, u"--zh"_s, gbPath});
    ASSERT_EQ(gbResult.exitCode, 0) << gbResult.err.constData();
    EXPECT_EQ(links(parse(gbResult)), links(json));
}

TEST_F(AlignCommandTest, SyntheticPairWithHeadingAndMerge)
{
    // Written for this test: a heading only the English has, and two Chinese paragraphs the
    // translation joins into one (their figures anchor both to it).
    const QString zh = u"上海的一家模型公司今年融资达到15亿元。\n"
                       "公司创始人表示，新模型将在三个月内发布。\n"
                       "第二轮融资金额为8亿元，由两家基金领投。\n"
                       "另有一家基金跟投了5000万元。\n"
                       "团队目前约有300名员工，其中一半是研究人员。\n"_s;
    const QString en
        = u"Funding news\n"
          "A Shanghai model company raised 1.5 billion yuan this year.\n"
          "The founder said the new model will be released within three months.\n"
          "The second round of 800 million yuan was led by two funds, and another fund followed with 50 million yuan.\n"
          "The team now has about 300 employees, half of them researchers.\n"_s;
    const ProcessRun result
        = run({u"align"_s, u"--zh"_s, write(u"a-zh.txt"_s, zh.toUtf8()), u"--en"_s, write(u"a-en.txt"_s, en.toUtf8())});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    const QJsonObject json = parse(result);
    const std::set<std::pair<int, int>> expected = {{0, 1}, {1, 2}, {2, 3}, {3, 3}, {4, 4}};
    EXPECT_EQ(links(json), expected);
    EXPECT_EQ(ints(json.value(u"en_unmatched"_s)), QList<int>{0});
    EXPECT_TRUE(ints(json.value(u"zh_unmatched"_s)).isEmpty());
    // The output is the documented shape and nothing else.
    EXPECT_EQ(json.keys(), (QStringList{u"en_unmatched"_s, u"pairs"_s, u"zh_unmatched"_s}));
}

TEST_F(AlignCommandTest, TsvAndTmxCarryTheSameBeadsAsJson)
{
    const QString zh = u"上海的一家模型公司今年融资达到15亿元。\n公司创始人张鹏表示，新模型将在三个月内发布。\n"_s;
    const QString en = u"Funding news\nA Shanghai model company raised 1.5 billion yuan & more this year.\n"
                       "Founder Zhang Peng said the new model will be released within three months.\n"_s;
    const QString zhPath = write(u"f-zh.txt"_s, zh.toUtf8());
    const QString enPath = write(u"f-en.txt"_s, en.toUtf8());
    const QJsonObject json = parse(run({u"align"_s, u"--zh"_s, zhPath, u"--en"_s, enPath}));
    const qsizetype pairs = json.value(u"pairs"_s).toArray().size();
    ASSERT_EQ(pairs, 2);

    const ProcessRun tsv = run({u"align"_s, u"--zh"_s, zhPath, u"--en"_s, enPath, u"--format"_s, u"tsv"_s});
    ASSERT_EQ(tsv.exitCode, 0) << tsv.err.constData();
    const QStringList lines = QString::fromUtf8(tsv.out).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3); // the heading alone, then the two pairs
    EXPECT_EQ(lines.at(0), u"\tFunding news"_s);
    EXPECT_EQ(lines.at(2),
              u"公司创始人张鹏表示，新模型将在三个月内发布。\tFounder Zhang Peng said the new model will be released "
              "within three months."_s);

    const ProcessRun tmx = run({u"align"_s, u"--zh"_s, zhPath, u"--en"_s, enPath, u"--format"_s, u"tmx"_s});
    ASSERT_EQ(tmx.exitCode, 0) << tmx.err.constData();
    QXmlStreamReader xml(tmx.out);
    int units = 0;
    QStringList segments;
    QString version;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"tmx"_s)
            version = xml.attributes().value(u"version"_s).toString();
        else if (xml.name() == u"tu"_s)
            ++units;
        else if (xml.name() == u"seg"_s)
            segments.append(xml.readElementText());
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(version, u"1.4"_s);
    EXPECT_EQ(units, pairs);
    ASSERT_EQ(segments.size(), 4);
    EXPECT_EQ(segments.at(1), u"A Shanghai model company raised 1.5 billion yuan & more this year."_s);
    EXPECT_TRUE(tmx.out.contains("&amp; more"));
    EXPECT_TRUE(tmx.out.contains("<prop type=\"x-zh-paragraphs\">2</prop>"));

    const ProcessRun unknown = run({u"align"_s, u"--zh"_s, zhPath, u"--en"_s, enPath, u"--format"_s, u"xml"_s});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.out.isEmpty());
    EXPECT_EQ(unknown.err.count('\n'), 1) << unknown.err.constData();
    EXPECT_TRUE(unknown.err.startsWith("tigerscope: ")) << unknown.err.constData();
}

TEST_F(AlignCommandTest, BadInputFailsWithOneLine)
{
    const QString en = write(u"en.txt"_s, "One paragraph.\n");
    const ProcessRun missing = run({u"align"_s, u"--zh"_s, m_files.filePath(u"absent.txt"_s), u"--en"_s, en});
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_TRUE(missing.out.isEmpty());
    EXPECT_EQ(missing.err.count('\n'), 1) << missing.err.constData();
    EXPECT_TRUE(missing.err.contains("absent.txt"));

    const ProcessRun noZh = run({u"align"_s, u"--en"_s, en});
    EXPECT_EQ(noZh.exitCode, 2);
    EXPECT_TRUE(noZh.out.isEmpty());
    EXPECT_EQ(noZh.err.count('\n'), 1) << noZh.err.constData();

    const QString binary = write(u"binary.txt"_s, QByteArray("\x00\x01\x02\x03PK\x00\x00", 8));
    const ProcessRun notText = run({u"align"_s, u"--zh"_s, binary, u"--en"_s, en});
    EXPECT_NE(notText.exitCode, 0);
    EXPECT_TRUE(notText.out.isEmpty());
    EXPECT_EQ(notText.err.count('\n'), 1) << notText.err.constData();
}
