// FigureSuggester on the two seed articles imported into a temporary data folder: how many of the
// shipped figures it proposes with the right company, value and paragraph; counterparts through the
// alignment; relative dates; the cue table; the suggest-figures command through the real binary.
#include "ArticleParser.h"
#include "ArticleStore.h"
#include "AsOfResolver.h"
#include "Database.h"
#include "FigureParser.h"
#include "FigureSuggester.h"
#include "SuggestionCues.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>
#include <iostream>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

struct ShippedCitation
{
    qint64 observation = -1;
    QString company;
    QString metricUnit;
    double value = 0.0;
    QString article;
    QString lang;
    int paragraph = -1;
    QString printed;
};

class SuggestTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        m_database = Database::open({m_dir.path(), {}, true}, &error);
        ASSERT_TRUE(m_database) << error.toStdString();
    }

    qint64 importParsed(const ParseResult &parsed)
    {
        EXPECT_TRUE(parsed.ok()) << parsed.error.toStdString();
        if (!parsed.ok())
            return -1;
        const ImportResult result = ArticleStore::importArticle(*parsed.article, *m_database);
        EXPECT_TRUE(result.ok()) << result.error.toStdString();
        return result.articleId;
    }

    /// An article of one plain-text file.
    qint64 importText(const QString &text)
    {
        return importParsed(ArticleParser::parseBytes(text.toUtf8(), u"figures.txt"_s));
    }

    qint64 importSeed(const QString &prefix)
    {
        const QString path = testsupport::seedPath(prefix);
        return path.isEmpty() ? -1 : importParsed(ArticleParser::parseFile(path));
    }

    bool importSeeds()
    {
        m_seed003 = importSeed(u"003"_s);
        m_seed000 = importSeed(u"000"_s);
        return m_seed003 >= 0 && m_seed000 >= 0;
    }

    /// The shipped citations whose printed text is the figure itself: it parses to the recorded
    /// value (a percentage to a ratio metric's value × 100).
    QList<ShippedCitation> figureCitations()
    {
        QList<ShippedCitation> rows;
        QSqlQuery query(m_database->connection());
        EXPECT_TRUE(query.exec(u"SELECT o.id, o.company_id, m.unit, o.value, c.article_key, c.lang, c.paragraph, "
                               "c.printed FROM all_observations o JOIN all_metrics m ON m.key = o.metric_key "
                               "JOIN all_citations c ON c.observation_id = o.id "
                               "WHERE o.origin = 'shipped' AND c.article_key IS NOT NULL ORDER BY o.id, c.id"_s));
        while (query.next()) {
            ShippedCitation row{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                query.value(3).toDouble(),   query.value(4).toString(), query.value(5).toString(),
                                query.value(6).toInt(),      query.value(7).toString()};
            const auto figure = FigureParser::parse(row.printed);
            if (!figure || figure->unit == Figure::Unit::Year)
                continue;
            const double expected
                = row.metricUnit == "ratio"_L1 && figure->unit == Figure::Unit::Percent ? row.value * 100.0 : row.value;
            if (sameValue(figure->value, expected))
                rows.append(row);
        }
        return rows;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_seed003 = -1;
    qint64 m_seed000 = -1;
};

#define IMPORT_SEEDS_OR_SKIP() \
    if (!importSeeds()) { \
        if (qEnvironmentVariableIsSet("TIGERSCOPE_SEEDS_DIR")) \
            FAIL() << "seeds missing"; \
        GTEST_SKIP() << "seeds not found"; \
    }

bool matches(const FigureSuggestion &s, const ShippedCitation &c)
{
    return s.citation.lang == c.lang && s.citation.paragraph == c.paragraph && s.companyId == c.company
        && sameValue(s.value, c.value);
}

} // namespace

TEST_F(SuggestTest, ProposesTheShippedFiguresWithCompanyValueAndParagraph)
{
    IMPORT_SEEDS_OR_SKIP();
    const FigureSuggester suggester(*m_database);
    QList<FigureSuggestion> suggestions = suggester.suggestFigures(m_seed003) + suggester.suggestFigures(m_seed000);
    ASSERT_GT(suggestions.size(), 40);

    const QList<ShippedCitation> citations = figureCitations();
    QSet<qint64> observations;
    QSet<qint64> found;
    int citationsFound = 0;
    for (const ShippedCitation &citation : citations) {
        observations.insert(citation.observation);
        const bool hit = std::any_of(suggestions.cbegin(), suggestions.cend(), [&](const FigureSuggestion &s) {
            return s.articleKey == citation.article && matches(s, citation);
        });
        if (hit) {
            found.insert(citation.observation);
            ++citationsFound;
        } else {
            std::cout << "not suggested: observation " << citation.observation << " " << citation.company.toStdString()
                      << " " << citation.lang.toStdString() << " ¶" << citation.paragraph + 1 << " "
                      << citation.printed.toStdString() << "\n";
        }
    }
    int correct = 0;
    for (const FigureSuggestion &s : std::as_const(suggestions)) {
        correct += std::any_of(citations.cbegin(), citations.cend(),
                               [&](const ShippedCitation &c) { return s.articleKey == c.article && matches(s, c); });
    }
    const double recall = double(found.size()) / double(observations.size());
    std::cout << "observations quoting a printed figure: " << observations.size() << ", suggested: " << found.size()
              << " (recall " << recall << "); citations " << citationsFound << "/" << citations.size()
              << "; suggestions " << suggestions.size() << ", of which match a shipped figure " << correct
              << " (precision " << double(correct) / double(suggestions.size()) << ")\n";
    EXPECT_GE(observations.size(), 35); // of the 54: not the positioning scores nor derived values
    EXPECT_GE(recall, 0.9);

    // Every suggestion that matches a shipped figure says it is recorded; --all is what shows them.
    for (const FigureSuggestion &s : std::as_const(suggestions)) {
        if (std::any_of(citations.cbegin(), citations.cend(),
                        [&](const ShippedCitation &c) { return s.articleKey == c.article && matches(s, c); }))
            EXPECT_TRUE(s.recorded()) << s.key().toStdString();
    }
}

TEST_F(SuggestTest, ReadsTheFigureItsMetricDateAndCounterpart)
{
    IMPORT_SEEDS_OR_SKIP();
    const QList<FigureSuggestion> suggestions = FigureSuggester(*m_database).suggestFigures(m_seed003);
    const auto find = [&](const QString &lang, int paragraph, const QString &printed) -> const FigureSuggestion * {
        for (const FigureSuggestion &s : suggestions) {
            if (s.citation.lang == lang && s.citation.paragraph == paragraph && s.citation.printed.contains(printed))
                return &s;
        }
        return nullptr;
    };
    // 智谱 … 10天之内补充弹药达15亿人民币 ↔ "1.5 billion RMB within 10 days".
    const FigureSuggestion *zhipu = find(u"zh"_s, 2, u"15亿"_s);
    ASSERT_TRUE(zhipu);
    EXPECT_EQ(zhipu->companyId, u"zhipu"_s);
    EXPECT_EQ(zhipu->metricKey, u"funding_within_period"_s);
    EXPECT_DOUBLE_EQ(zhipu->value, 1.5e9);
    EXPECT_EQ(zhipu->currency, u"CNY"_s);
    ASSERT_TRUE(zhipu->counterpart);
    EXPECT_EQ(zhipu->counterpart->lang, u"en"_s);
    EXPECT_EQ(zhipu->counterpart->paragraph, 11);
    EXPECT_TRUE(zhipu->counterpart->printed.contains(u"1.5 billion"_s)) << zhipu->counterpart->printed.toStdString();
    EXPECT_TRUE(zhipu->recorded());
    // "recently" in the sentence: the article's month, no finer.
    EXPECT_EQ(zhipu->asOf.toNotation(), u"2025-03"_s);

    // 2024年底 … 200亿元的估值: the last quarter of 2024.
    const FigureSuggestion *valuation = find(u"zh"_s, 3, u"200亿"_s);
    ASSERT_TRUE(valuation);
    EXPECT_EQ(valuation->metricKey, u"valuation"_s);
    EXPECT_EQ(valuation->asOf.toNotation(), u"2024-Q4"_s);
    const FigureSuggestion *round = find(u"en"_s, 12, u"3 billion"_s);
    ASSERT_TRUE(round);
    EXPECT_EQ(round->metricKey, u"financing_round"_s);
    EXPECT_EQ(round->asOf.toNotation(), u"2024-Q4"_s);

    // 截至今年2月底 … 45%: February of the article's year.
    const FigureSuggestion *share = find(u"zh"_s, 11, u"45%"_s);
    ASSERT_TRUE(share);
    EXPECT_EQ(share->asOf.toNotation(), u"2025-02"_s);
    EXPECT_EQ(share->asOf.precision, PartialDate::Precision::Month);
    const FigureSuggestion *shareEn = find(u"en"_s, 24, u"45%"_s);
    ASSERT_TRUE(shareEn);
    EXPECT_EQ(shareEn->asOf.toNotation(), u"2025-02"_s);

    // 约1.3亿元: approximate; 超过100%: at least.
    const FigureSuggestion *bids = find(u"zh"_s, 10, u"1.3亿"_s);
    ASSERT_TRUE(bids);
    EXPECT_EQ(bids->qualifier, u"approx"_s);
    EXPECT_EQ(bids->metricKey, u"disclosed_bid_amount"_s);
    const FigureSuggestion *growth = find(u"zh"_s, 10, u"100%"_s);
    ASSERT_TRUE(growth);
    EXPECT_EQ(growth->qualifier, u"at_least"_s);
    EXPECT_EQ(growth->asOf.toNotation(), u"2024"_s);

    // The article without a publication date: relative dates give none.
    for (const FigureSuggestion &s : FigureSuggester(*m_database).suggestFigures(m_seed000)) {
        if (s.citation.paragraph == 46 && s.citation.printed.contains(u"1 billion"_s)) // "last year"
            EXPECT_FALSE(s.asOf.isValid()) << s.asOf.toNotation().toStdString();
    }
}

TEST_F(SuggestTest, ADurationIsNoHeadCount)
{
    const qint64 article = importText(u"智谱的新一年\n\n"
                                      "智谱团队表示,公司仅用10天内就谈成了一笔8亿元的融资,团队扩张到300人。\n\n"
                                      "智谱的一款新应用上线18天内达到了1500万日活。\n"_s);
    ASSERT_GE(article, 0);
    const QList<FigureSuggestion> suggestions = FigureSuggester(*m_database).suggestFigures(article);
    const auto find = [&](const QString &printed) -> const FigureSuggestion * {
        for (const FigureSuggestion &s : suggestions) {
            if (s.citation.printed == printed)
                return &s;
        }
        return nullptr;
    };
    const FigureSuggestion *within = find(u"10天"_s);
    ASSERT_TRUE(within);
    EXPECT_NE(within->metricKey, u"team_size"_s);
    EXPECT_EQ(within->unit, u"days"_s);
    const FigureSuggestion *team = find(u"300"_s);
    ASSERT_TRUE(team);
    EXPECT_EQ(team->metricKey, u"team_size"_s);

    // A days metric with its cue still takes a duration, and a head count no longer fits it.
    const FigureSuggestion *days = find(u"18天"_s);
    ASSERT_TRUE(days);
    EXPECT_EQ(days->metricKey, u"days_to_15m_dau"_s);
    EXPECT_DOUBLE_EQ(days->value, 18);
    const FigureSuggestion *users = find(u"1500万"_s);
    ASSERT_TRUE(users);
    EXPECT_NE(users->metricKey, u"days_to_15m_dau"_s);
}

TEST(AsOfResolverTest, ResolvesRelativeDatesAgainstThePublicationDate)
{
    const SuggestionCues &cues = SuggestionCues::shipped();
    const AsOfResolver resolver(cues, QDate(2025, 3, 26));
    const auto at = [&](const QString &sentence, const QString &lang, const QString &figure) {
        const qsizetype position = sentence.indexOf(figure);
        return resolver.resolve(sentence, lang, position, figure.size()).date.toNotation();
    };
    EXPECT_EQ(at(u"去年公司营收达到10亿元"_s, u"zh"_s, u"10亿元"_s), u"2024"_s);
    EXPECT_EQ(at(u"截至今年2月底,用户达到70万"_s, u"zh"_s, u"70万"_s), u"2025-02"_s);
    EXPECT_EQ(at(u"截至2月底,用户达到70万"_s, u"zh"_s, u"70万"_s), u"2025-02"_s);
    EXPECT_EQ(at(u"最近融资15亿"_s, u"zh"_s, u"15亿"_s), u"2025-03"_s);
    EXPECT_EQ(at(u"2024年底完成30亿元融资"_s, u"zh"_s, u"30亿元"_s), u"2024-Q4"_s);
    EXPECT_EQ(at(u"前年的成本是1亿美元"_s, u"zh"_s, u"1亿美元"_s), u"2023"_s);
    EXPECT_EQ(at(u"Byte spent 1 billion yuan last year."_s, u"en"_s, u"1 billion yuan"_s), u"2024"_s);
    EXPECT_EQ(at(u"It recently raised 1.5 billion."_s, u"en"_s, u"1.5 billion"_s), u"2025-03"_s);
    EXPECT_EQ(at(u"as of the end of February this year, 45% had"_s, u"en"_s, u"45%"_s), u"2025-02"_s);
    EXPECT_EQ(at(u"He resigned at the beginning of the year with 20 people."_s, u"en"_s, u"20"_s), u"2025-Q1"_s);
    EXPECT_EQ(at(u"18.45 million as of February 9, 2025"_s, u"en"_s, u"18.45 million"_s), u"2025-02-09"_s);
    EXPECT_EQ(at(u"It raised 1.5 billion."_s, u"en"_s, u"1.5 billion"_s), QString()); // not given

    // Without a publication date a relative date says nothing.
    const AsOfResolver undated(cues, QDate());
    EXPECT_FALSE(undated.resolve(u"去年营收10亿元"_s, u"zh"_s, 4, 4).date.isValid());
    EXPECT_EQ(undated.resolve(u"2024年营收10亿元"_s, u"zh"_s, 7, 4).date.toNotation(), u"2024"_s);
}

TEST_F(SuggestTest, TheCueTableNamesOnlyKnownMetricsAndEventKinds)
{
    const SuggestionCues &cues = SuggestionCues::shipped();
    ASSERT_GT(cues.metricCues().size(), 30);
    QSet<QString> metrics;
    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(query.exec(u"SELECT key FROM all_metrics"_s));
    while (query.next())
        metrics.insert(query.value(0).toString());
    QSet<QString> languages;
    for (const Cue &cue : cues.metricCues()) {
        EXPECT_TRUE(metrics.contains(cue.key)) << cue.key.toStdString();
        languages.insert(cue.lang);
    }
    EXPECT_EQ(languages, (QSet<QString>{u"zh"_s, u"en"_s}));
    const QSet<QString> kinds{u"funding"_s, u"departure"_s, u"hire"_s, u"strategy"_s, u"product"_s, u"integration"_s};
    for (const Cue &cue : cues.eventCues())
        EXPECT_TRUE(kinds.contains(cue.key)) << cue.key.toStdString();
    // English cues are whole words, matched ignoring case.
    const QList<CueMatch> found = SuggestionCues::find(cues.metricCues(), u"en"_s, u"Valuation and costume"_s);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(cues.metricCues().at(found.constFirst().cue).key, u"valuation"_s);
}

TEST_F(SuggestTest, SuggestsEventsForTheClearestCues)
{
    IMPORT_SEEDS_OR_SKIP();
    const QList<EventSuggestion> events = FigureSuggester(*m_database).suggestEvents(m_seed003);
    // 百川智能的联合创始人焦可近期已正式离职 / "Jiao Ke, co-founder of Baichuan Intelligence, has recently
    // officially resigned".
    const auto departure = std::find_if(events.cbegin(), events.cend(), [](const EventSuggestion &e) {
        return e.kind == "departure"_L1 && e.companyId == "baichuan"_L1 && e.citation.lang == "zh"_L1;
    });
    ASSERT_NE(departure, events.cend());
    EXPECT_EQ(departure->citation.paragraph, 16);
    EXPECT_EQ(departure->citation.printed, u"离职"_s);
}

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProcessRun runTigerscope(const QString &dataDir, const QStringList &arguments)
{
    QProcess process;
    process.setProgram(testsupport::executablePath());
    process.setArguments(QStringList{u"--data-dir"_s, dataDir} + arguments);
    process.start();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

TEST(SuggestFiguresCommandTest, PrintsTheDocumentedFields)
{
    const QString seed = testsupport::seedPath(u"003"_s);
    if (seed.isEmpty()) {
        if (qEnvironmentVariableIsSet("TIGERSCOPE_SEEDS_DIR"))
            FAIL() << "seed 003 missing";
        GTEST_SKIP() << "seeds not found";
    }
    QTemporaryDir dir;
    ASSERT_EQ(runTigerscope(dir.path(), {u"import-article"_s, seed}).exitCode, 0);

    const ProcessRun all = runTigerscope(dir.path(), {u"suggest-figures"_s, u"six-tigers-bat-2025"_s, u"--all"_s});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const QJsonArray array = QJsonDocument::fromJson(all.out).array();
    ASSERT_GT(array.size(), 30);
    const QStringList fields{u"company"_s,   u"metric"_s,    u"value"_s,       u"value_high"_s,      u"unit"_s,
                             u"currency"_s,  u"qualifier"_s, u"as_of"_s,       u"as_of_precision"_s, u"lang"_s,
                             u"paragraph"_s, u"printed"_s,   u"counterpart"_s, u"confidence"_s,      u"recorded"_s};
    QStringList keys = array.first().toObject().keys();
    QStringList sorted = fields;
    keys.sort();
    sorted.sort();
    EXPECT_EQ(keys, sorted);
    bool sawZhipu = false;
    int recorded = 0;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        recorded += object.value("recorded"_L1).toBool();
        // Paragraphs are counted from 1: the dataset's zh ¶ index 2 is shown as 3.
        if (object.value("printed"_L1).toString().contains(u"15亿"_s)) {
            sawZhipu = true;
            EXPECT_EQ(object.value("company"_L1).toString(), u"zhipu"_s);
            EXPECT_EQ(object.value("paragraph"_L1).toInt(), 3);
            EXPECT_EQ(object.value("counterpart"_L1).toObject().value("paragraph"_L1).toInt(), 12);
            EXPECT_TRUE(object.value("recorded"_L1).toBool());
        }
    }
    EXPECT_TRUE(sawZhipu);
    EXPECT_GT(recorded, 20);

    // Without --all only what the dataset does not record; by id as well as by key; TSV.
    const ProcessRun unrecorded = runTigerscope(dir.path(), {u"suggest-figures"_s, u"1"_s});
    ASSERT_EQ(unrecorded.exitCode, 0) << unrecorded.err.toStdString();
    const QJsonArray fresh = QJsonDocument::fromJson(unrecorded.out).array();
    EXPECT_EQ(fresh.size(), array.size() - recorded);
    for (const QJsonValue &value : fresh)
        EXPECT_FALSE(value.toObject().value("recorded"_L1).toBool());
    const ProcessRun tsv
        = runTigerscope(dir.path(), {u"suggest-figures"_s, u"1"_s, u"--format"_s, u"tsv"_s, u"--all"_s});
    ASSERT_EQ(tsv.exitCode, 0);
    const QList<QByteArray> lines = tsv.out.trimmed().split('\n');
    EXPECT_EQ(lines.size(), array.size() + 1);
    EXPECT_TRUE(lines.first().startsWith("company\tmetric\tvalue\t"));

    // Errors: one line, non-zero.
    const ProcessRun missing = runTigerscope(dir.path(), {u"suggest-figures"_s, u"no-such-article"_s});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.startsWith("tigerscope: ")) << missing.err.toStdString();
    EXPECT_EQ(missing.err.count('\n'), 1);
    EXPECT_EQ(runTigerscope(dir.path(), {u"suggest-figures"_s}).exitCode, 2);
    EXPECT_EQ(runTigerscope(dir.path(), {u"suggest-figures"_s, u"1"_s, u"--format"_s, u"xml"_s}).exitCode, 2);
}
