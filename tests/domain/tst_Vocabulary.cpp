#include "Schema.h"
#include "Vocabulary.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

/// The values a CHECK (column IN (...)) of the schema allows, read from a database made by
/// Schema::create: every migration is applied, so this is what the database really accepts.
class SchemaChecks : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"vocabulary"_s);
        m_db.setDatabaseName(u":memory:"_s);
        ASSERT_TRUE(m_db.open());
        QString error;
        ASSERT_TRUE(Schema::create(m_db, &error)) << error.toStdString();
    }
    void TearDown() override
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"vocabulary"_s);
    }

    QStringList allowed(const QString &table, const QString &column) const
    {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"_s);
        query.addBindValue(table);
        if (!query.exec() || !query.next())
            return {};
        const QRegularExpression check(u"CHECK \\(%1 IN \\(([^)]*)\\)\\)"_s.arg(column));
        const QRegularExpressionMatch match = check.match(query.value(0).toString());
        QStringList values;
        for (const QString &quoted : match.captured(1).split(u',', Qt::SkipEmptyParts))
            values.append(quoted.trimmed().remove(u'\''));
        return values;
    }

    QSqlDatabase m_db;
};

template<typename E>
void expectRoundTrip()
{
    for (E value : Vocabulary::all<E>()) {
        const QStringView key = Vocabulary::key(value);
        EXPECT_FALSE(key.isEmpty());
        EXPECT_EQ(Vocabulary::fromKey<E>(key), value) << key.toString().toStdString();
        EXPECT_FALSE(Vocabulary::label(value).isEmpty());
    }
    EXPECT_FALSE(Vocabulary::fromKey<E>(u"").has_value());
    EXPECT_FALSE(Vocabulary::fromKey<E>(u"bogus").has_value());
}

} // namespace

TEST_F(SchemaChecks, QualifiersAreTheSchemas)
{
    EXPECT_EQ(Vocabulary::keys<Qualifier>(), allowed(u"observations"_s, u"qualifier"_s));
}

TEST_F(SchemaChecks, StatusesAreTheSchemas)
{
    EXPECT_EQ(Vocabulary::keys<ValueStatus>(), allowed(u"observations"_s, u"status"_s));
}

TEST_F(SchemaChecks, PrecisionsAreTheSchemas)
{
    const QStringList keys = Vocabulary::keys<DatePrecision>();
    EXPECT_EQ(keys, allowed(u"observations"_s, u"as_of_precision"_s));
    EXPECT_EQ(keys, allowed(u"events"_s, u"date_precision"_s));
    EXPECT_EQ(keys, allowed(u"roles"_s, u"start_precision"_s));
    EXPECT_EQ(keys, allowed(u"roles"_s, u"end_precision"_s));
}

TEST_F(SchemaChecks, CurrenciesAreTheSchemas)
{
    EXPECT_EQ(Vocabulary::keys<Currency>(), allowed(u"observations"_s, u"currency"_s));
    EXPECT_EQ(Vocabulary::keys<Currency>(), (QStringList{u"CNY"_s, u"USD"_s, u"HKD"_s, u"EUR"_s}));
}

TEST_F(SchemaChecks, UnitsAreTheSchemas)
{
    EXPECT_EQ(Vocabulary::keys<Unit>(), allowed(u"metrics"_s, u"unit"_s));
}

TEST_F(SchemaChecks, EventKindsAreTheSchemas)
{
    EXPECT_EQ(Vocabulary::keys<EventKind>(), allowed(u"events"_s, u"kind"_s));
}

TEST_F(SchemaChecks, UpgradedObservationsTakeEveryCurrency)
{
    QSqlQuery query(m_db);
    ASSERT_TRUE(query.exec(u"INSERT INTO metrics (key, unit, label_zh, label_en) VALUES ('m', 'money', 'm', 'm')"_s));
    for (const QString &currency : Vocabulary::keys<Currency>()) {
        EXPECT_TRUE(query.exec(
            u"INSERT INTO observations (company_id, metric_key, value, currency) VALUES ('c', 'm', 1, '%1')"_s.arg(
                currency)))
            << currency.toStdString();
    }
    EXPECT_FALSE(query.exec(u"INSERT INTO observations (company_id, metric_key, value, currency) "
                            "VALUES ('c', 'm', 1, 'JPY')"_s));
    ASSERT_TRUE(query.exec(u"PRAGMA integrity_check"_s) && query.next());
    EXPECT_EQ(query.value(0).toString(), u"ok"_s);
}

TEST(Vocabulary, KeysParseBack)
{
    expectRoundTrip<Qualifier>();
    expectRoundTrip<ValueStatus>();
    expectRoundTrip<DatePrecision>();
    expectRoundTrip<Currency>();
    expectRoundTrip<Unit>();
    expectRoundTrip<EventKind>();
}

TEST(Vocabulary, FallbackForUnknownKeys)
{
    EXPECT_EQ(Vocabulary::fromKey(u"at_least", Qualifier::Exact), Qualifier::AtLeast);
    EXPECT_EQ(Vocabulary::fromKey(u"nearly", Qualifier::Exact), Qualifier::Exact);
    EXPECT_EQ(Vocabulary::fromKey(u"quarter", DatePrecision::Day), DatePrecision::Quarter);
    EXPECT_EQ(Vocabulary::fromKey(u"decade", DatePrecision::Day), DatePrecision::Day);
    EXPECT_EQ(Vocabulary::fromKey(u"parameters", Unit::Count), Unit::Parameters);
    EXPECT_EQ(Vocabulary::fromKey(u"HKD", Currency::CNY), Currency::HKD);
    // Keys are exact: the database stores them in one spelling.
    EXPECT_FALSE(Vocabulary::fromKey<Currency>(u"usd").has_value());
}

TEST(Vocabulary, LabelsInEnglishWithoutCatalogue)
{
    EXPECT_EQ(Vocabulary::label(Qualifier::AtLeast), u"at least"_s);
    EXPECT_EQ(Vocabulary::label(ValueStatus::Derived), u"derived"_s);
    EXPECT_EQ(Vocabulary::label(Currency::USD), u"US dollars (USD)"_s);
}
