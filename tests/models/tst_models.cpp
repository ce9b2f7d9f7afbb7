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
