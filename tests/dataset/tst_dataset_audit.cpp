// The fixes of the line-by-line audit of the shipped dataset against its two articles, checked on
// the compiled rows and, where a fix is about what the articles print, against the seed articles
// themselves (read from TIGERSCOPE_SEEDS_DIR): qualifiers, statuses, where names come from, the
// subject a figure is filed under, and the events the articles state.

#include "ArticleParser.h"
#include "ShippedDataset.h"
#include "TestSupport.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace tigerscope;
using tigerscope::testsupport::joined;
using tigerscope::testsupport::ShippedDataset;

namespace {

/// The seed articles by the dataset's article key, matched by their content fingerprint.
class SeedArticles
{
public:
    bool load(QSqlDatabase db)
    {
        QHash<QString, QString> keyByFingerprint;
        QSqlQuery query(db);
        query.exec(u"SELECT key, fingerprint FROM articles"_s);
        while (query.next())
            keyByFingerprint.insert(query.value(1).toString(), query.value(0).toString());
        for (const QString &prefix : {u"000"_s, u"003"_s}) {
            const QString path = ::testsupport::seedPath(prefix);
            if (path.isEmpty())
                return false;
            const ParseResult parsed = ArticleParser::parseFile(path);
            if (!parsed.ok() || !keyByFingerprint.contains(parsed.article->fingerprint))
                return false;
            m_articles.insert(keyByFingerprint.value(parsed.article->fingerprint), *parsed.article);
        }
        return true;
    }

    /// The paragraph a citation names (0-based, as stored); empty when there is none.
    QString paragraph(const QString &articleKey, const QString &lang, int index) const
    {
        const auto found = m_articles.constFind(articleKey);
        if (found == m_articles.cend())
            return {};
        const QList<ParsedParagraph> &paragraphs = found->paragraphs(lang);
        return index >= 0 && index < paragraphs.size() ? paragraphs.at(index).text : QString();
    }

    /// Whether any paragraph of that language, in any article, holds text (Latin letters ignoring case).
    bool printed(const QString &lang, const QString &text) const
    {
        for (const ParsedArticle &article : m_articles) {
            for (const ParsedParagraph &paragraph : article.paragraphs(lang)) {
                if (paragraph.text.contains(text, Qt::CaseInsensitive))
                    return true;
            }
        }
        return false;
    }

private:
    QHash<QString, ParsedArticle> m_articles;
};

#define LOAD_SEEDS_OR_SKIP(seeds) \
    SeedArticles seeds; \
    if (!seeds.load(s_database->connection())) { \
        if (!qEnvironmentVariableIsEmpty("TIGERSCOPE_SEEDS_DIR")) \
            FAIL() << "seed articles missing from TIGERSCOPE_SEEDS_DIR or not those of the dataset"; \
        GTEST_SKIP() << "seed articles not found beside the source tree"; \
    }

/// One observation's columns, found by its subject and metric (the audit names figures so).
QVariantMap observation(QSqlDatabase db, const QString &company, const QString &metric)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT id, value, value_high, qualifier, status, derivation, note_en, note_zh FROM observations "
                  "WHERE company_id = ? AND metric_key = ?"_s);
    query.addBindValue(company);
    query.addBindValue(metric);
    QVariantMap row;
    if (query.exec() && query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            row.insert(query.record().fieldName(i), query.value(i));
    }
    EXPECT_FALSE(query.next()) << "one " << qPrintable(metric) << " of " << qPrintable(company);
    return row;
}

} // namespace

TEST_F(ShippedDataset, QualifiersSayWhatTheWordsAroundTheFigureSay)
{
    QSqlDatabase db = s_database->connection();
    // "Within 18 days of launch": at most 18.
    EXPECT_EQ(observation(db, u"deepseek"_s, u"days_to_15m_dau"_s).value(u"qualifier"_s), u"at_most"_s);
    // 32 winning bids "according to incomplete statistics": at least 32.
    const QVariantMap bids = observation(db, u"zhipu"_s, u"winning_bids"_s);
    EXPECT_EQ(bids.value(u"qualifier"_s), u"at_least"_s);
    EXPECT_EQ(bids.value(u"value"_s).toDouble(), 32);

    // "From tens of yuan to thousands of yuan": no number is printed, so the status is not
    // "reported", and the range reaches past 1,000 (thousands of yuan are 1,000 or more).
    const QVariantMap prices = observation(db, u"deepseek-course-market"_s, u"course_price"_s);
    ASSERT_FALSE(prices.isEmpty());
    EXPECT_EQ(prices.value(u"status"_s), u"estimated"_s);
    EXPECT_EQ(prices.value(u"qualifier"_s), u"range"_s);
    EXPECT_EQ(prices.value(u"value"_s).toDouble(), 10);
    EXPECT_GT(prices.value(u"value_high"_s).toDouble(), 1000);
    EXPECT_TRUE(prices.value(u"note_en"_s).toString().contains(u"prints no number"_s));
    EXPECT_TRUE(prices.value(u"note_zh"_s).toString().contains(u"没有给出具体数字"_s));

    // Kimi's spending follows from "Kimi's estimated total investment amount": derived, and the
    // derivation says that it rests on an estimate.
    const QVariantMap kimi = observation(db, u"moonshot"_s, u"promotion_spending"_s);
    EXPECT_EQ(kimi.value(u"status"_s), u"derived"_s);
    EXPECT_EQ(kimi.value(u"qualifier"_s), u"approx"_s);
    EXPECT_TRUE(kimi.value(u"derivation"_s).toString().contains(u"estimate"_s));
    EXPECT_EQ(column(u"SELECT count(*) FROM citations c JOIN observations o ON o.id = c.observation_id "
                     "WHERE o.company_id = 'moonshot' AND o.metric_key = 'promotion_spending' "
                     "AND c.printed LIKE '%estimated total%'"_s),
              QStringList{u"1"_s});

    // Meta's cost is 5.576 million dollars over a 7% rounded to one figure: one significant figure.
    const QVariantMap meta = observation(db, u"meta"_s, u"training_cost"_s);
    const double cost = meta.value(u"value"_s).toDouble();
    EXPECT_EQ(meta.value(u"status"_s), u"derived"_s);
    EXPECT_EQ(meta.value(u"qualifier"_s), u"approx"_s);
    const double magnitude = std::pow(10.0, std::floor(std::log10(cost)));
    EXPECT_EQ(std::fmod(cost, magnitude), 0.0) << cost;
    EXPECT_EQ(cost, 80'000'000.0);
}

TEST_F(ShippedDataset, TheTsinghuaGuideEventSaysFreeInBothLanguages)
{
    LOAD_SEEDS_OR_SKIP(seeds);
    QSqlQuery query(s_database->connection());
    ASSERT_TRUE(query.exec(u"SELECT id, summary_en, summary_zh FROM events WHERE company_id = 'tsinghua'"_s));
    ASSERT_TRUE(query.next());
    const qint64 id = query.value(0).toLongLong();
    const QString english = query.value(1).toString();
    const QString chinese = query.value(2).toString();
    EXPECT_FALSE(english.contains(u"paid"_s, Qt::CaseInsensitive)) << qPrintable(english);
    EXPECT_TRUE(english.contains(u"free"_s)) << qPrintable(english);
    EXPECT_TRUE(chinese.contains(u"免费"_s)) << qPrintable(chinese);
    EXPECT_FALSE(chinese.contains(u"付费"_s) || chinese.contains(u"收费"_s)) << qPrintable(chinese);
    // The paragraph the "free" rests on says so.
    QSqlQuery citations(s_database->connection());
    citations.prepare(u"SELECT article_key, lang, paragraph FROM citations WHERE event_id = ?"_s);
    citations.addBindValue(id);
    ASSERT_TRUE(citations.exec());
    bool citesNoCharge = false;
    while (citations.next()) {
        citesNoCharge = citesNoCharge
            || seeds.paragraph(citations.value(0).toString(), citations.value(1).toString(), citations.value(2).toInt())
                   .contains(u"no charge"_s);
    }
    EXPECT_TRUE(citesNoCharge);
}

// A name marked as printed in the articles is printed there; a name marked as a reference name has
// at least one of its two names printed nowhere in the articles.
TEST_F(ShippedDataset, NameOriginsAgreeWithWhatTheArticlesPrint)
{
    LOAD_SEEDS_OR_SKIP(seeds);
    QStringList wrong;
    for (const QString &table : {u"companies"_s, u"people"_s}) {
        QSqlQuery query(s_database->connection());
        ASSERT_TRUE(query.exec(u"SELECT id, name_en, name_zh, name_origin FROM %1"_s.arg(table)));
        while (query.next()) {
            const QString english = query.value(1).toString();
            const bool englishPrinted = seeds.printed(u"en"_s, english);
            // A person without a Chinese name has nothing to print.
            const bool chinesePrinted = query.value(2).isNull() || seeds.printed(u"zh"_s, query.value(2).toString());
            const bool markedPrinted = query.value(3).toString() == "article"_L1;
            if (markedPrinted != (englishPrinted && chinesePrinted))
                wrong << u"%1 %2 (%3 / %4): marked %5"_s.arg(table, query.value(0).toString(), english,
                                                             query.value(2).toString(), query.value(3).toString());
        }
    }
    EXPECT_TRUE(wrong.isEmpty()) << joined(wrong);
    EXPECT_EQ(column(u"SELECT name_origin FROM people WHERE id IN ('liang-wenfeng', 'liang-rubo')"_s),
              (QStringList{u"reference"_s, u"reference"_s}));
    EXPECT_EQ(column(u"SELECT name_origin FROM companies WHERE id IN ('zhipu', 'baichuan')"_s),
              (QStringList{u"reference"_s, u"reference"_s}));
}

TEST_F(ShippedDataset, FiguresAreFiledUnderWhatTheyAreAbout)
{
    // The country's lawyers are no DeepSeek fact; nor are a training website's live stream and
    // the course market, though the training and the courses were about DeepSeek.
    EXPECT_EQ(column(u"SELECT c.kind FROM observations o JOIN companies c ON c.id = o.company_id "
                     "WHERE o.metric_key = 'practicing_lawyers'"_s),
              QStringList{u"sector"_s});
    EXPECT_EQ(joined(column(u"SELECT id || ' ' || metric_key FROM observations WHERE company_id = 'deepseek' AND "
                            "metric_key IN ('practicing_lawyers', 'livestream_viewers', 'membership_price', 'buyers', "
                            "'sales_amount', 'course_price', 'monthly_sales_units', 'group_share')"_s)),
              "");
    EXPECT_EQ(column(u"SELECT DISTINCT company_id FROM observations WHERE metric_key IN ('livestream_viewers', "
                     "'membership_price', 'buyers', 'sales_amount')"_s),
              QStringList{u"industry-website"_s});
}

TEST_F(ShippedDataset, ShangshangCapitalKeepsThePrintedNameWithANote)
{
    EXPECT_EQ(column(u"SELECT name_zh FROM companies WHERE id = 'shangshang-capital'"_s), QStringList{u"上乘资本"_s});
    EXPECT_EQ(column(u"SELECT count(*) FROM companies WHERE id = 'shangshang-capital' "
                     "AND description_zh LIKE '%上城资本%' AND description_en LIKE '%上城资本%'"_s),
              QStringList{u"1"_s});
}

// Each fact the audit found missing is there, as an event of its subject, with citations whose
// paragraphs hold its key words in every language cited.
TEST_F(ShippedDataset, EventsTheArticlesStateAreThere)
{
    LOAD_SEEDS_OR_SKIP(seeds);
    struct Expected
    {
        QString company;
        QStringList english; ///< Words a cited English paragraph holds.
        QStringList chinese; ///< Words a cited Chinese paragraph holds; empty: an English-only fact.
    };
    const QList<Expected> expected = {
        {u"bytedance"_s, {u"entering February"_s, u"Doubao and Kimi fell"_s}, {}},
        {u"moonshot"_s, {u"entering February"_s, u"Doubao and Kimi fell"_s}, {}},
        {u"baidu"_s,
         {u"financial reports of Baidu"_s, u"teleconferences"_s},
         {u"百度"_s, u"财报"_s, u"业绩电话会议"_s}},
        {u"alibaba"_s,
         {u"Alibaba"_s, u"financial reports"_s, u"teleconferences"_s},
         {u"阿里巴巴"_s, u"财报"_s, u"业绩电话会议"_s}},
        {u"tencent"_s,
         {u"Tencent"_s, u"financial reports"_s, u"teleconferences"_s},
         {u"腾讯"_s, u"财报"_s, u"业绩电话会议"_s}},
        {u"puyang-government"_s, {u"government agencies in Puyang"_s, u"DeepSeek"_s}, {}},
        {u"wuhan-government"_s, {u"Wuhan"_s, u"government agencies"_s, u"DeepSeek"_s}, {}},
        {u"ningbo-government"_s, {u"Ningbo"_s, u"government agencies"_s, u"DeepSeek"_s}, {}},
        {u"moonshot"_s, {u"Kimi"_s, u"download rankings"_s}, {}},
        {u"bytedance"_s, {u"Doubao"_s, u"download rankings"_s}, {}},
        {u"alibaba"_s, {u"Tongyi Qianwen"_s, u"download rankings"_s}, {}},
        {u"huaqiangbei-merchants"_s, {u"Huaqiangbei"_s, u"eager to try"_s}, {u"华强北"_s, u"跃跃欲试"_s}},
    };
    auto holdsAll = [](const QString &text, const QStringList &words) {
        return !text.isEmpty()
            && std::all_of(words.cbegin(), words.cend(), [&text](const QString &word) { return text.contains(word); });
    };
    for (const Expected &fact : expected) {
        QSqlQuery query(s_database->connection());
        query.prepare(u"SELECT e.id, c.article_key, c.lang, c.paragraph FROM events e "
                      "JOIN citations c ON c.event_id = e.id WHERE e.company_id = ? ORDER BY e.id"_s);
        query.addBindValue(fact.company);
        ASSERT_TRUE(query.exec());
        // Per event: whether a cited paragraph holds the English words, the Chinese words.
        QHash<qint64, std::pair<bool, bool>> found;
        while (query.next()) {
            const QString text
                = seeds.paragraph(query.value(1).toString(), query.value(2).toString(), query.value(3).toInt());
            std::pair<bool, bool> &event = found[query.value(0).toLongLong()];
            if (query.value(2).toString() == "en"_L1)
                event.first = event.first || holdsAll(text, fact.english);
            else
                event.second = event.second || holdsAll(text, fact.chinese);
        }
        const bool present = std::any_of(found.cbegin(), found.cend(), [&fact](const std::pair<bool, bool> &event) {
            return event.first && (fact.chinese.isEmpty() || event.second);
        });
        EXPECT_TRUE(present) << qPrintable(fact.company) << ": " << qPrintable(fact.english.join(u" / "_s));
    }
}

// docs/csv-import.md's example citations point at paragraphs that hold the figure they quote.
TEST_F(ShippedDataset, TheCsvImportDocumentsCitationsThatResolve)
{
    LOAD_SEEDS_OR_SKIP(seeds);
    QFile doc(::testsupport::sourceDir() + u"/docs/csv-import.md"_s);
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    // Format 2 counts from 1 behind ¶ or p; format 1 was a bare 0-based number.
    static const QRegularExpression example(uR"(`([a-z0-9-]+)\|(zh|en)\|(¶|p)?(\d+)\|([^`|]+)`)"_s);
    int checked = 0;
    for (const QRegularExpressionMatch &match : example.globalMatch(text)) {
        const int number = match.captured(4).toInt();
        const int index = match.captured(3).isEmpty() ? number : number - 1;
        const QString paragraph = seeds.paragraph(match.captured(1), match.captured(2), index);
        EXPECT_TRUE(paragraph.contains(match.captured(5))) << qPrintable(match.captured(0));
        ++checked;
    }
    EXPECT_GE(checked, 2);
}
