#include "DatabaseFixture.h"

#include "CompanyTableModel.h"
#include "ObservationTableModel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

void addUserObservations(Database &database, int count)
{
    QSqlDatabase db = database.connection();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO main.observations (id, company_id, metric_key, value, currency, as_of, as_of_precision) "
                   "VALUES (?, 'acme', 'financing_round', ?, 'CNY', '2025-01-01', 'day')"_s);
    qint64 id = database.nextUserId(u"observations"_s);
    for (int i = 0; i < count; ++i) {
        insert.addBindValue(id++);
        insert.addBindValue(double(i));
        insert.exec();
    }
    db.commit();
}

} // namespace

TEST_F(DatabaseFixture, CompanyModelShowsBothNamesInEitherLanguage)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    CompanyTableModel model(database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.companyId(0), u"acme"_s) << "tigers come before giants";
    EXPECT_EQ(model.index(0, CompanyTableModel::NameColumn).data().toString(), u"Acme Models"_s);
    EXPECT_EQ(model.index(0, CompanyTableModel::OtherNameColumn).data().toString(), u"示例模型"_s);
    EXPECT_EQ(model.index(0, CompanyTableModel::FiguresColumn).data().toInt(), 1);
    EXPECT_EQ(model.index(0, CompanyTableModel::EventsColumn).data().toInt(), 1);

    QSignalSpy headerSpy(&model, &QAbstractItemModel::headerDataChanged);
    model.setLanguage(Language::Chinese);
    EXPECT_EQ(headerSpy.count(), 1);
    EXPECT_EQ(model.index(0, CompanyTableModel::NameColumn).data().toString(), u"示例模型"_s);
    EXPECT_EQ(model.index(0, CompanyTableModel::OtherNameColumn).data().toString(), u"Acme Models"_s);
}

TEST_F(DatabaseFixture, CompanyModelFiltersByAliasAndGroup)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    CompanyTableModel model(database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTextFilter(u"示例"_s);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.companyId(0), u"acme"_s);
    model.setTextFilter(u"acme"_s);
    EXPECT_EQ(model.rowCount(), 1);
    model.setTextFilter(u"100%_"_s); // wildcards are literal
    EXPECT_EQ(model.rowCount(), 0);
    model.setTextFilter({});
    model.setGroupFilter(u"giant"_s);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.companyId(0), u"bigco"_s);
}

TEST_F(DatabaseFixture, ObservationModelFormatsValuesPerLanguage)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    ObservationTableModel model(database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCompanyFilter(u"acme"_s);
    ASSERT_EQ(model.rowCount(), 1);
    const QString english = model.index(0, ObservationTableModel::ValueColumn).data().toString();
    EXPECT_TRUE(english.contains(u"1.5 billion"_s)) << english.toStdString();
    EXPECT_EQ(model.index(0, ObservationTableModel::ValueColumn).data(ObservationTableModel::ValueRole).toDouble(), 1.5e9);
    model.setLanguage(Language::Chinese);
    const QString chinese = model.index(0, ObservationTableModel::ValueColumn).data().toString();
    EXPECT_TRUE(chinese.contains(u"15亿"_s)) << chinese.toStdString();
    EXPECT_EQ(model.index(0, ObservationTableModel::CompanyColumn).data().toString(), u"示例模型"_s);
    EXPECT_TRUE(model.index(0, ObservationTableModel::SourceColumn).data().toString().startsWith(u"sample-article"_s));
}

TEST_F(DatabaseFixture, ObservationModelFiltersByTextInEitherScript)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    ObservationTableModel model(database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 2);
    model.setTextFilter(u"日活跃"_s);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data(ObservationTableModel::CompanyIdRole).toString(), u"bigco"_s);
    model.setTextFilter(u"Acme"_s);
    ASSERT_EQ(model.rowCount(), 1);
    model.setTextFilter({});
    model.setMetricFilter(u"daily_active_users"_s);
    EXPECT_EQ(model.rowCount(), 1);
    model.setMetricFilter({});
    model.setGroupFilter(u"tiger"_s);
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_F(DatabaseFixture, ObservationModelLoadsLazilyAndSortsInSql)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    addUserObservations(*database, 1000);
    ObservationTableModel model(database->connection());
    EXPECT_EQ(model.rowCount(), PagedQueryModel::PageSize) << "only the first page is loaded at first";
    EXPECT_TRUE(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 1002);

    model.sort(ObservationTableModel::ValueColumn, Qt::DescendingOrder);
    EXPECT_LT(model.rowCount(), 1002) << "sorting starts again from the first pages";
    EXPECT_EQ(model.index(0, 0).data(ObservationTableModel::ValueRole).toDouble(), 1.5e9);
    EXPECT_EQ(model.index(1, 0).data(ObservationTableModel::ValueRole).toDouble(), 700000.0);
    EXPECT_EQ(model.index(2, 0).data(ObservationTableModel::ValueRole).toDouble(), 999.0);
    EXPECT_EQ(model.index(2, ObservationTableModel::OriginColumn).data(ObservationTableModel::OriginKeyRole).toString(), u"user"_s);
}

namespace {

/// The query the model ran in one piece before it paged ids first and looked up sources per page.
QList<QVariantList> referenceRows(const QSqlDatabase &db, const QString &orderBy)
{
    QSqlQuery query(db);
    const QString sql = u"SELECT o.id, c.name_en, c.name_zh, m.label_en, o.value, o.as_of, o.origin, "
                        "(SELECT coalesce(ci.article_key || ' ' || ci.lang || ' ¶' || ci.paragraph, ci.reference) "
                        " FROM all_citations ci WHERE ci.observation_id = o.id ORDER BY ci.lang, ci.id LIMIT 1) AS source "
                        "FROM all_observations o LEFT JOIN all_companies c ON c.id = o.company_id "
                        "LEFT JOIN all_metrics m ON m.key = o.metric_key ORDER BY "_s + orderBy;
    QList<QVariantList> rows;
    if (!query.exec(sql))
        return rows;
    while (query.next())
        rows.append({query.value(0), query.value(7)});
    return rows;
}

} // namespace

TEST_F(DatabaseFixture, ObservationModelPagesInTheOrderOfTheWholeQuery)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    QSqlDatabase db = database->connection();
    QStringList companies;
    {
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"SELECT id FROM all_companies ORDER BY id"_s));
        while (query.next())
            companies << query.value(0).toString();
    }
    ASSERT_GE(companies.size(), 2);
    // Many observations per company and equal values, so ties are broken by id across pages; some
    // with two citations (the zh one is the source), some with a free reference, some with none.
    db.transaction();
    QSqlQuery insert(db);
    QSqlQuery cite(db);
    insert.prepare(u"INSERT INTO main.observations (id, company_id, metric_key, value, currency, as_of, as_of_precision) "
                   "VALUES (?, ?, 'financing_round', ?, 'CNY', ?, 'day')"_s);
    cite.prepare(u"INSERT INTO main.citations (observation_id, article_key, lang, paragraph, reference) VALUES (?, ?, ?, ?, ?)"_s);
    qint64 id = database->nextUserId(u"observations"_s);
    for (int i = 0; i < 700; ++i, ++id) {
        insert.addBindValue(id);
        insert.addBindValue(companies.at(i % companies.size()));
        insert.addBindValue(double(i % 17));
        insert.addBindValue(i % 5 == 0 ? QVariant() : QVariant(u"2024-%1-01"_s.arg(1 + i % 12, 2, 10, QChar(u'0'))));
        ASSERT_TRUE(insert.exec());
        auto addCitation = [&](const QVariant &article, const QVariant &lang, const QVariant &reference) {
            cite.addBindValue(id);
            cite.addBindValue(article);
            cite.addBindValue(lang);
            cite.addBindValue(article.isNull() ? QVariant() : QVariant(i % 9));
            cite.addBindValue(reference);
            ASSERT_TRUE(cite.exec());
        };
        if (i % 3 == 0) {
            addCitation(u"article-%1"_s.arg(i % 4), u"en"_s, QVariant());
            addCitation(u"article-%1"_s.arg(i % 4), u"zh"_s, QVariant());
        } else if (i % 3 == 1) {
            addCitation(QVariant(), QVariant(), u"https://example.org/%1"_s.arg(i));
        }
    }
    db.commit();

    struct Case { int column; Qt::SortOrder order; QString referenceOrder; };
    const QList<Case> cases = {
        {ObservationTableModel::CompanyColumn, Qt::AscendingOrder, u"c.name_en COLLATE NOCASE ASC, o.id"_s},
        {ObservationTableModel::CompanyColumn, Qt::DescendingOrder, u"c.name_en COLLATE NOCASE DESC, o.id"_s},
        {ObservationTableModel::ValueColumn, Qt::AscendingOrder, u"o.value ASC, o.id"_s},
        {ObservationTableModel::DateColumn, Qt::DescendingOrder, u"o.as_of IS NULL, o.as_of DESC, o.id"_s},
        {ObservationTableModel::SourceColumn, Qt::AscendingOrder, u"source ASC, o.id"_s},
        {ObservationTableModel::OriginColumn, Qt::DescendingOrder, u"o.origin DESC, o.id"_s},
    };
    ObservationTableModel model(db);
    for (const Case &c : cases) {
        model.sort(c.column, c.order);
        while (model.canFetchMore({}))
            model.fetchMore({});
        const QList<QVariantList> expected = referenceRows(db, c.referenceOrder);
        ASSERT_GT(expected.size(), 700);
        ASSERT_EQ(model.rowCount(), expected.size()) << "column " << c.column;
        for (int row = 0; row < model.rowCount(); ++row) {
            ASSERT_EQ(model.index(row, 0).data(ObservationTableModel::ObservationIdRole), expected.at(row).at(0))
                << "column " << c.column << " row " << row;
            ASSERT_EQ(model.index(row, ObservationTableModel::SourceColumn).data().toString(),
                      expected.at(row).at(1).toString())
                << "column " << c.column << " row " << row;
        }
    }
}
