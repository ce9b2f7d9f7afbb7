#include "DatabaseFixture.h"

#include "CompanyTableModel.h"
#include "ObservationTableModel.h"
#include "PackedCitation.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

void addUserObservations(Database &database, int count)
{
    QSqlDatabase db = database.connection();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO main.observations (id, company_id, metric_key, value, currency, as_of, as_of_precision) "
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
    EXPECT_EQ(model.headerData(CompanyTableModel::NameColumn, Qt::Horizontal).toString(), u"Name"_s);
    EXPECT_EQ(model.headerData(CompanyTableModel::OtherNameColumn, Qt::Horizontal).toString(), u"Chinese name"_s);
    EXPECT_EQ(model.headerData(CompanyTableModel::ColumnCount, Qt::Horizontal), QVariant());

    QSignalSpy headerSpy(&model, &QAbstractItemModel::headerDataChanged);
    model.setLanguage(Language::Chinese);
    EXPECT_EQ(headerSpy.count(), 1);
    EXPECT_EQ(model.headerData(CompanyTableModel::OtherNameColumn, Qt::Horizontal).toString(), u"English name"_s)
        << "the other name is headed by its language";
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
    EXPECT_EQ(model.index(0, ObservationTableModel::ValueColumn).data(ObservationTableModel::ValueRole).toDouble(),
              1.5e9);
    model.setLanguage(Language::Chinese);
    const QString chinese = model.index(0, ObservationTableModel::ValueColumn).data().toString();
    EXPECT_TRUE(chinese.contains(u"15亿"_s)) << chinese.toStdString();
    EXPECT_EQ(model.index(0, ObservationTableModel::CompanyColumn).data().toString(), u"示例模型"_s);
    // The article's title, not its key; the stored paragraph 1 reads ¶2.
    const QString source = model.index(0, ObservationTableModel::SourceColumn).data().toString();
    EXPECT_TRUE(source.startsWith(u"示例文章 ¶2"_s)) << source.toStdString();
    model.setLanguage(Language::English);
    EXPECT_EQ(model.index(0, ObservationTableModel::SourceColumn).data().toString(), u"A sample article ¶2"_s);
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
    EXPECT_EQ(model.rowCount(), PagedQueryModel::FirstPageSize) << "only the first page is loaded at first";
    EXPECT_EQ(model.matchingRowCount(), 1002);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), PagedQueryModel::FirstPageSize + PagedQueryModel::PageSize);
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
    EXPECT_EQ(model.index(2, ObservationTableModel::OriginColumn).data(ObservationTableModel::OriginKeyRole).toString(),
              u"user"_s);
}

namespace {

/// The query the model ran in one piece before it paged ids first and looked up sources per page.
QList<QVariantList> referenceRows(const QSqlDatabase &db, const QString &orderBy)
{
    QSqlQuery query(db);
    const QString sql = u"SELECT o.id, c.name_en, c.name_zh, m.label_en, o.value, o.as_of, o.origin, "
                        "(SELECT "_s
        + PackedCitation::sql()
        + u" FROM all_citations ci WHERE ci.observation_id = o.id ORDER BY ci.lang, ci.id LIMIT 1) AS source "
          "FROM all_observations o LEFT JOIN all_companies c ON c.id = o.company_id "
          "LEFT JOIN all_metrics m ON m.key = o.metric_key ORDER BY "_s
        + orderBy;
    QList<QVariantList> rows;
    if (!query.exec(sql))
        return rows;
    const ArticleRepository articles(db);
    while (query.next())
        rows.append({query.value(0), PackedCitation::text(query.value(7), articles, Language::English)});
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
    insert.prepare(
        u"INSERT INTO main.observations (id, company_id, metric_key, value, currency, as_of, as_of_precision) "
        "VALUES (?, ?, 'financing_round', ?, 'CNY', ?, 'day')"_s);
    cite.prepare(
        u"INSERT INTO main.citations (observation_id, article_key, lang, paragraph, reference) VALUES (?, ?, ?, ?, ?)"_s);
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

    struct Case
    {
        int column;
        Qt::SortOrder order;
        QString referenceOrder;
    };
    const QList<Case> cases = {
        {ObservationTableModel::CompanyColumn, Qt::AscendingOrder,
         u"c.name_en COLLATE NOCASE ASC, o.company_id ASC, o.id"_s},
        {ObservationTableModel::CompanyColumn, Qt::DescendingOrder,
         u"c.name_en COLLATE NOCASE DESC, o.company_id DESC, o.id"_s},
        {ObservationTableModel::ValueColumn, Qt::AscendingOrder, u"o.value ASC, o.id"_s},
        {ObservationTableModel::DateColumn, Qt::DescendingOrder, u"o.as_of IS NULL, o.as_of DESC, o.id"_s},
        {ObservationTableModel::DateColumn, Qt::AscendingOrder, u"o.as_of IS NULL, o.as_of ASC, o.id"_s},
        {ObservationTableModel::MetricColumn, Qt::DescendingOrder, u"m.label_en COLLATE NOCASE DESC, o.id"_s},
        {ObservationTableModel::StatusColumn, Qt::AscendingOrder, u"o.status ASC, o.id"_s},
        {ObservationTableModel::QualifierColumn, Qt::DescendingOrder, u"o.qualifier DESC, o.id"_s},
        {ObservationTableModel::SourceColumn, Qt::DescendingOrder, u"source DESC, o.id"_s},
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

namespace {

/// Ids of the general query (every observation through the views) with a filter and an order.
QList<qint64> referenceIds(const QSqlDatabase &db, const QString &where, const QVariant &bound, const QString &orderBy)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT o.id FROM all_observations o LEFT JOIN all_companies c ON c.id = o.company_id "
                  "WHERE "_s
                  + where + u" ORDER BY "_s + orderBy);
    if (bound.isValid()) {
        for (qsizetype i = 0; i < where.count(u'?'); ++i)
            query.addBindValue(bound);
    }
    QList<qint64> ids;
    if (!query.exec())
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<qint64> modelIds(ObservationTableModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.observationId(row));
    return ids;
}

} // namespace

// The model reads each file's observations joined table to table and merges them (in company
// order from the indexes); the rows must be those of the general query over the views, in its
// order, whatever the filter, sort, direction and language.
TEST_F(DatabaseFixture, ObservationModelMatchesTheGeneralQueryUnderEveryFilterAndOrder)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    QSqlDatabase db = database->connection();
    db.transaction();
    QSqlQuery query(db);
    // A user company named like a shipped one (told apart by id), one of its own name, and
    // observations on shipped companies, on user companies and on a company in neither file.
    ASSERT_TRUE(query.exec(u"INSERT INTO main.companies (id, name_zh, name_en, grp) VALUES "
                           "('acme-2', '示例模型', 'ACME MODELS', 'tiger'), ('zeta', '甲公司', 'Zeta', 'other')"_s));
    query.prepare(
        u"INSERT INTO main.observations (id, company_id, metric_key, value, currency) VALUES (?, ?, ?, ?, 'CNY')"_s);
    const QStringList companies = {u"acme"_s, u"bigco"_s, u"acme-2"_s, u"zeta"_s, u"gone"_s};
    const QStringList metrics = {u"financing_round"_s, u"daily_active_users"_s};
    qint64 id = database->nextUserId(u"observations"_s);
    for (int i = 0; i < 600; ++i) {
        query.addBindValue(id++);
        query.addBindValue(companies.at((i * 7) % companies.size()));
        query.addBindValue(metrics.at(i % metrics.size()));
        query.addBindValue(double(i % 13));
        ASSERT_TRUE(query.exec());
    }
    ASSERT_TRUE(db.commit());

    struct Filter
    {
        QString where;
        QVariant value;
        std::function<void(ObservationTableModel &)> apply;
    };
    const QList<Filter> filters = {
        {u"1 = 1"_s, {}, [](ObservationTableModel &) {}},
        {u"c.grp = ?"_s, u"tiger"_s, [](ObservationTableModel &m) { m.setGroupFilter(u"tiger"_s); }},
        {u"o.company_id = ?"_s, u"gone"_s, [](ObservationTableModel &m) { m.setCompanyFilter(u"gone"_s); }},
        {u"o.company_id = ?"_s, u"acme"_s, [](ObservationTableModel &m) { m.setCompanyFilter(u"acme"_s); }},
        {u"o.metric_key = ?"_s, u"daily_active_users"_s,
         [](ObservationTableModel &m) { m.setMetricFilter(u"daily_active_users"_s); }},
        {u"(c.name_zh LIKE ? OR c.name_en LIKE ? OR o.note_zh LIKE ? OR o.note_en LIKE ? OR o.metric_key IN "
         "(SELECT key FROM all_metrics WHERE label_zh LIKE ? OR label_en LIKE ?) OR o.company_id IN "
         "(SELECT company_id FROM all_aliases WHERE text LIKE ?))"_s,
         u"%示例%"_s, [](ObservationTableModel &m) { m.setTextFilter(u"示例"_s); }},
    };
    for (const Language language : {Language::English, Language::Chinese}) {
        const bool chinese = language == Language::Chinese;
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QString direction = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
            const QList<std::pair<int, QString>> sorts = {
                {ObservationTableModel::CompanyColumn,
                 (chinese ? u"c.name_zh"_s : u"c.name_en COLLATE NOCASE"_s) + direction + u", o.company_id"_s
                     + direction},
                {ObservationTableModel::MetricColumn,
                 (chinese ? u"(SELECT label_zh FROM all_metrics WHERE key = o.metric_key)"_s
                          : u"(SELECT label_en FROM all_metrics WHERE key = o.metric_key) COLLATE NOCASE"_s)
                     + direction},
                {ObservationTableModel::ValueColumn, u"o.value"_s + direction},
            };
            for (const auto &[column, referenceOrder] : sorts) {
                for (const Filter &filter : filters) {
                    ObservationTableModel model(db);
                    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
                    model.setLanguage(language);
                    filter.apply(model);
                    model.sort(column, order);
                    const QList<qint64> expected
                        = referenceIds(db, filter.where, filter.value, referenceOrder + u", o.id"_s);
                    ASSERT_FALSE(expected.isEmpty()) << filter.where.toStdString();
                    EXPECT_EQ(modelIds(model), expected) << filter.where.toStdString() << " language " << int(language)
                                                         << " column " << column << " order " << int(order);
                }
            }
        }
    }

    // Orphaned observations show without a company name, and the same-named companies apart.
    ObservationTableModel model(db);
    model.sort(ObservationTableModel::CompanyColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.index(0, 0).data(ObservationTableModel::CompanyIdRole).toString(), u"gone"_s);
    EXPECT_TRUE(model.index(0, ObservationTableModel::CompanyColumn).data().toString().isEmpty());
    EXPECT_EQ(model.index(0, ObservationTableModel::OriginColumn).data(ObservationTableModel::OriginKeyRole).toString(),
              u"user"_s);
}

TEST_F(DatabaseFixture, ObservationTooltipShowsTheNoteInTheLanguageAndTheDerivation)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    QSqlQuery insert(database->connection());
    ASSERT_TRUE(insert.exec(
        u"INSERT INTO main.observations (id, company_id, metric_key, value, status, derivation, note_zh, note_en) "
        "VALUES (%1, 'acme', 'daily_active_users', 5, 'derived', '10 ÷ 2', '估算', 'an estimate')"_s.arg(
            database->nextUserId(u"observations"_s))))
        << qPrintable(insert.lastError().text());
    ObservationTableModel model(database->connection());
    model.setCompanyFilter(u"acme"_s);
    model.setMetricFilter(u"daily_active_users"_s);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(ObservationTableModel::StatusKeyRole).toString() == u"derived"_s)
            row = r;
    }
    ASSERT_GE(row, 0);
    const QString english = model.index(row, ObservationTableModel::ValueColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(english.contains(u"an estimate"_s)) << qPrintable(english);
    EXPECT_TRUE(english.contains(u"10 ÷ 2"_s)) << qPrintable(english);
    model.setLanguage(Language::Chinese);
    EXPECT_TRUE(
        model.index(row, ObservationTableModel::ValueColumn).data(Qt::ToolTipRole).toString().contains(u"估算"_s));
}

TEST_F(DatabaseFixture, SuspendedModelStaysEmptyUntilResumedThenLoadsOnce)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    addUserObservations(*database, 10);
    ObservationTableModel model(database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSuspended(true);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    model.sort(ObservationTableModel::MetricColumn);
    model.setCompanyFilter(u"acme"_s);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(inserts.count(), 0) << "no rows are read while suspended";
    model.setSuspended(false);
    EXPECT_EQ(inserts.count(), 1) << "resuming reads the first page once";
    EXPECT_EQ(model.rowCount(), 11);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.index(row, 0).data(ObservationTableModel::CompanyIdRole).toString(), u"acme"_s);
}

TEST_F(DatabaseFixture, CompanyModelCountsFiguresOfBothFilesInEveryOrder)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    addUserObservations(*database, 3);
    auto countOf = [&](const QString &table, const QString &company) {
        QSqlQuery query(database->connection());
        query.prepare(u"SELECT count(*) FROM all_%1 WHERE company_id = ?"_s.arg(table));
        query.addBindValue(company);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    };
    CompanyTableModel model(database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const auto &[column, order] : {std::pair{int(CompanyTableModel::GroupColumn), Qt::AscendingOrder},
                                        std::pair{int(CompanyTableModel::FiguresColumn), Qt::DescendingOrder},
                                        std::pair{int(CompanyTableModel::EventsColumn), Qt::AscendingOrder}}) {
        model.sort(column, order);
        ASSERT_GT(model.rowCount(), 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString company = model.companyId(row);
            EXPECT_EQ(model.index(row, CompanyTableModel::FiguresColumn).data().toInt(),
                      countOf(u"observations"_s, company))
                << qPrintable(company);
            EXPECT_EQ(model.index(row, CompanyTableModel::EventsColumn).data().toInt(), countOf(u"events"_s, company));
        }
    }
    model.sort(CompanyTableModel::FiguresColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.companyId(0), u"acme"_s) << "the user's three figures put it first";
    EXPECT_EQ(model.index(0, CompanyTableModel::FiguresColumn).data().toInt(), countOf(u"observations"_s, u"acme"_s));
    EXPECT_GE(countOf(u"observations"_s, u"acme"_s), 4);
}

namespace {

/// The model's first-page statement, to ask SQLite how it would run it.
class ObservationQueryProbe : public ObservationTableModel
{
public:
    using ObservationTableModel::ObservationTableModel;

    QStringList firstPagePlan()
    {
        QSqlQuery query(database());
        query.prepare(u"EXPLAIN QUERY PLAN "_s + selectStatement() + u" ORDER BY "_s
                      + orderBy(sortColumn(), sortOrder()) + u" LIMIT 64"_s);
        for (const QVariant &value : boundValues())
            query.addBindValue(value);
        QStringList steps;
        if (query.exec()) {
            while (query.next())
                steps << query.value(3).toString();
        }
        return steps;
    }
};

} // namespace

// Sorted by company, the shipped observations are read in order from the company-name index and
// the covering observation index: no sort of the whole dataset before the first screen.
TEST_F(DatabaseFixture, CompanyOrderIsReadFromTheIndexes)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    ObservationQueryProbe model(database->connection());
    for (const auto &[language, index] :
         {std::pair{Language::English, u"companies_name_en"_s}, std::pair{Language::Chinese, u"companies_name_zh"_s}}) {
        model.setLanguage(language);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(ObservationTableModel::CompanyColumn, order);
            const QStringList plan = model.firstPagePlan();
            ASSERT_FALSE(plan.isEmpty());
            EXPECT_TRUE(plan.contains(u"SCAN c USING INDEX "_s + index)
                        || plan.contains(u"SCAN c USING COVERING INDEX "_s + index))
                << qPrintable(plan.join(u'\n'));
            EXPECT_TRUE(plan.contains(u"SEARCH o USING COVERING INDEX observations_company (company_id=?)"_s))
                << qPrintable(plan.join(u'\n'));
            EXPECT_TRUE(plan.first().startsWith(u"MERGE"_s)) << qPrintable(plan.join(u'\n'));
        }
    }
}
