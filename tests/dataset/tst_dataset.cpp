// Integrity of the shipped dataset as compiled into the application: every fact cited, no
// orphans, both names, valid units and dates, and values that agree with the figures as printed.

#include "DateParser.h"
#include "FigureParser.h"
#include "PartialDate.h"
#include "ShippedDataset.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace tigerscope;
using tigerscope::testsupport::joined;
using tigerscope::testsupport::ShippedDataset;

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

TEST_F(ShippedDataset, HoldsTheLandscape)
{
    const QStringList tigers = column(u"SELECT id FROM companies WHERE grp = 'tiger' ORDER BY id"_s);
    EXPECT_EQ(tigers.size(), 6) << joined(tigers);
    for (const char *giant : {"baidu", "alibaba", "tencent", "bytedance"})
        EXPECT_EQ(column(u"SELECT grp FROM companies WHERE id = '%1'"_s.arg(QLatin1StringView(giant))),
                  QStringList{u"giant"_s})
            << giant;
    EXPECT_EQ(column(u"SELECT count(*) FROM companies WHERE id = 'deepseek'"_s), QStringList{u"1"_s});
    EXPECT_GE(column(u"SELECT count(*) FROM observations"_s).value(0).toInt(), 40);
    EXPECT_GE(column(u"SELECT count(*) FROM events"_s).value(0).toInt(), 40);
}

TEST_F(ShippedDataset, EveryFactHasACitation)
{
    EXPECT_EQ(
        joined(column(
            u"SELECT id FROM observations WHERE id NOT IN (SELECT observation_id FROM citations WHERE observation_id IS NOT NULL)"_s)),
        "");
    EXPECT_EQ(
        joined(column(
            u"SELECT id FROM events WHERE id NOT IN (SELECT event_id FROM citations WHERE event_id IS NOT NULL)"_s)),
        "");
    EXPECT_EQ(joined(column(
                  u"SELECT id FROM roles WHERE id NOT IN (SELECT role_id FROM citations WHERE role_id IS NOT NULL)"_s)),
              "");
    EXPECT_EQ(joined(column(u"SELECT id FROM citations WHERE article_key NOT IN (SELECT key FROM articles)"_s)), "");
    EXPECT_EQ(
        joined(column(
            u"SELECT id FROM citations WHERE lang IS NULL OR paragraph IS NULL OR paragraph < 0 OR printed = ''"_s)),
        "");
    // The English-only article cannot be cited in Chinese.
    EXPECT_EQ(
        joined(column(
            u"SELECT c.id FROM citations c JOIN articles a ON a.key = c.article_key WHERE instr(a.languages, c.lang) = 0"_s)),
        "");
}

TEST_F(ShippedDataset, HasNoOrphans)
{
    EXPECT_EQ(
        joined(column(
            u"SELECT id FROM observations WHERE company_id NOT IN (SELECT id FROM companies) OR metric_key NOT IN (SELECT key FROM metrics)"_s)),
        "");
    EXPECT_EQ(
        joined(column(
            u"SELECT id FROM events WHERE company_id NOT IN (SELECT id FROM companies) OR (person_id IS NOT NULL AND person_id NOT IN (SELECT id FROM people))"_s)),
        "");
    EXPECT_EQ(
        joined(column(
            u"SELECT id FROM roles WHERE person_id NOT IN (SELECT id FROM people) OR (company_id IS NOT NULL AND company_id NOT IN (SELECT id FROM companies))"_s)),
        "");
    EXPECT_EQ(
        joined(column(
            u"SELECT id FROM aliases WHERE (company_id IS NOT NULL AND company_id NOT IN (SELECT id FROM companies)) OR (person_id IS NOT NULL AND person_id NOT IN (SELECT id FROM people))"_s)),
        "");
    EXPECT_EQ(joined(column(u"SELECT key FROM metrics WHERE key NOT IN (SELECT metric_key FROM observations)"_s)), "")
        << "every metric is used";
}

TEST_F(ShippedDataset, EveryCompanyHasBothNamesAndADescription)
{
    EXPECT_EQ(joined(column(u"SELECT id FROM companies WHERE trim(name_zh) = '' OR trim(name_en) = ''"_s)), "");
    EXPECT_EQ(
        joined(column(u"SELECT id FROM companies WHERE trim(description_zh) = '' OR trim(description_en) = ''"_s)), "");
    // A Chinese name holds Chinese characters unless the company's name is Latin in both languages.
    EXPECT_EQ(joined(column(u"SELECT id FROM companies WHERE name_zh = name_en AND name_zh GLOB '*[一-龥]*'"_s)), "");
    EXPECT_EQ(joined(column(u"SELECT count(*) FROM metrics WHERE trim(label_zh) = '' OR trim(label_en) = ''"_s)), "0");
    EXPECT_EQ(joined(column(u"SELECT id FROM events WHERE trim(summary_zh) = '' OR trim(summary_en) = ''"_s)), "");
}

TEST_F(ShippedDataset, UnitsAndDatesAreValid)
{
    EXPECT_EQ(joined(column(u"SELECT o.id FROM observations o JOIN metrics m ON m.key = o.metric_key "
                            "WHERE (m.unit = 'money') <> (o.currency IS NOT NULL)"_s)),
              "")
        << "money, and only money, carries a currency";
    EXPECT_EQ(joined(column(u"SELECT o.id FROM observations o JOIN metrics m ON m.key = o.metric_key "
                            "WHERE m.unit = 'percent' AND (o.value < 0 OR o.value > 100)"_s)),
              "");
    EXPECT_EQ(joined(column(u"SELECT o.id FROM observations o JOIN metrics m ON m.key = o.metric_key "
                            "WHERE m.unit IN ('people', 'users', 'count', 'days', 'parameters') AND o.value < 0"_s)),
              "");
    EXPECT_EQ(joined(column(u"SELECT id FROM observations WHERE value_high IS NOT NULL AND value_high <= value"_s)),
              "");
    for (const QString &table : {u"observations"_s, u"events"_s}) {
        const QString dateColumn = table == "events"_L1 ? u"date"_s : u"as_of"_s;
        QSqlQuery query(s_database->connection());
        ASSERT_TRUE(query.exec(u"SELECT id, %1, %1_precision FROM %2 WHERE %1 IS NOT NULL"_s.arg(dateColumn, table)
                                   .replace(u"as_of_precision"_s, u"as_of_precision"_s)
                                   .replace(u"date_precision"_s, u"date_precision"_s)));
        while (query.next()) {
            const PartialDate date = PartialDate::fromColumns(query.value(1).toString(), query.value(2).toString());
            EXPECT_TRUE(date.isValid()) << table.toStdString() << " " << query.value(0).toLongLong();
            EXPECT_GE(date.date.year(), 2022);
            EXPECT_LE(date.date, QDate(2025, 3, 26)) << "nothing after the newest article";
        }
    }
}

TEST_F(ShippedDataset, ValuesAgreeWithTheFiguresAsPrinted)
{
    // A reported value must equal the figure as printed in every language that cites it:
    // 15亿 = 1.5 billion = 1.5×10⁹. Derived values follow from others and are not printed.
    QSqlQuery query(s_database->connection());
    ASSERT_TRUE(query.exec(u"SELECT o.id, o.value, o.value_high, m.unit, c.lang, c.printed FROM observations o "
                           "JOIN metrics m ON m.key = o.metric_key JOIN citations c ON c.observation_id = o.id "
                           "WHERE o.status <> 'derived'"_s));
    static const QRegularExpression digit(u"\\d"_s);
    int checked = 0;
    QStringList disagreements;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const double value = query.value(1).toDouble();
        const double high = query.value(2).isNull() ? qQNaN() : query.value(2).toDouble();
        const QString unit = query.value(3).toString();
        const QString printed = query.value(5).toString();
        // The printed text may hold the figure within a phrase ("2700 yuan", "nearly 60%").
        const QList<Figure> figures = FigureParser::extract(printed);
        if (figures.isEmpty()) {
            // A citation of the as-of date ("2024年底", "February 9, 2025") rather than the value.
            if (DateParser::extract(printed).isEmpty())
                disagreements << u"observation %1: printed \"%2\" holds no figure and no date"_s.arg(id).arg(printed);
            continue;
        }
        bool matches = false;
        QStringList parsedValues;
        for (const Figure &figure : figures) {
            double parsed = figure.value;
            double parsedHigh = figure.valueHigh;
            if (unit == "ratio"_L1 && figure.unit == Figure::Unit::Percent) {
                parsed /= 100.0;
                parsedHigh /= 100.0;
            }
            // Words without a digit ("thousands of yuan") name an order of magnitude, at least the
            // figure and under ten times it: the upper bound of a range may be anywhere in it.
            const bool magnitudeWords = figure.qualifier == Figure::Qualifier::AtLeast && !printed.contains(digit);
            matches = matches || near(parsed, value) || (!std::isnan(high) && near(parsed, high))
                || (figure.isRange() && near(parsedHigh, high) && near(parsed, value))
                || (magnitudeWords && !std::isnan(high) && parsed <= high && high <= 10 * parsed);
            parsedValues << QString::number(parsed, 'g', 12);
        }
        if (!matches)
            disagreements << u"observation %1: %2 (%3) printed \"%4\" parses as %5"_s.arg(id)
                                 .arg(value, 0, 'g', 12)
                                 .arg(query.value(4).toString(), printed, parsedValues.join(u", "_s));
        ++checked;
    }
    EXPECT_TRUE(disagreements.isEmpty()) << joined(disagreements);
    EXPECT_GE(checked, 40);
}

TEST_F(ShippedDataset, BothLanguagesAreCitedWhereBothCarryTheFact)
{
    // Every fact taken from the bilingual article cites its Chinese and its English paragraph.
    const QStringList observationsCitedOnce = column(
        u"SELECT o.id FROM observations o WHERE EXISTS (SELECT 1 FROM citations c WHERE c.observation_id = o.id "
        "AND c.article_key = 'six-tigers-bat-2025') AND (SELECT count(DISTINCT c.lang) FROM citations c "
        "WHERE c.observation_id = o.id AND c.article_key = 'six-tigers-bat-2025') < 2"_s);
    EXPECT_EQ(joined(observationsCitedOnce), "");
}

TEST_F(ShippedDataset, DerivedValuesSayHow)
{
    EXPECT_EQ(joined(column(u"SELECT id FROM observations WHERE status = 'derived' AND trim(derivation) = ''"_s)), "");
    EXPECT_GE(column(u"SELECT count(*) FROM observations WHERE status = 'derived'"_s).value(0).toInt(), 2);
}
