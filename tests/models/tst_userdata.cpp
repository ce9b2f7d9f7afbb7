// The user's own data: the store, undo/redo commands, CSV import and export, search, the
// comparison table and the metric chart, over the test dataset and the real one.
#include "CsvRoundTrip.h"
#include "DatabaseFixture.h"
#include "TestSupport.h"

#include "CompanyProfile.h"
#include "CompareTableModel.h"
#include "CsvObservationImporter.h"
#include "DatasetCompiler.h"
#include "EventTableModel.h"
#include "MetricChartBuilder.h"
#include "ObservationCsvExporter.h"
#include "ObservationCsvFormat.h"
#include "ObservationTableModel.h"
#include "RecordValidator.h"
#include "Schema.h"
#include "SearchModel.h"
#include "TableCsvExporter.h"
#include "UserDataCommands.h"
#include "UserDataStore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSqlQuery>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

int countRows(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

ObservationRecord sampleFigure()
{
    ObservationRecord record;
    record.companyId = u"acme"_s;
    record.metricKey = u"financing_round"_s;
    record.value = 2.5e8;
    record.currency = u"USD"_s;
    record.asOf = PartialDate::parse(u"2025-02"_s);
    record.qualifier = u"approx"_s;
    record.noteEn = u"From a press release."_s;
    CitationRecord article;
    article.articleKey = u"sample-article"_s;
    article.lang = u"en"_s;
    article.paragraph = 3;
    article.printed = u"250 million"_s;
    CitationRecord url;
    url.reference = u"https://example.org/acme-round"_s;
    record.citations = {article, url};
    return record;
}

/// Every column of a user row, citations included, as text: what "restored exactly" compares.
QString dumpObservation(Database &database, qint64 id)
{
    QStringList parts;
    QSqlQuery query(database.connection());
    query.prepare(u"SELECT * FROM main.observations WHERE id = ?"_s);
    query.addBindValue(id);
    query.exec();
    while (query.next()) {
        for (int i = 0; i < 16; ++i)
            parts.append(query.value(i).toString());
    }
    query.prepare(u"SELECT id, article_key, lang, paragraph, printed, reference FROM main.citations "
                  "WHERE observation_id = ? ORDER BY id"_s);
    query.addBindValue(id);
    query.exec();
    while (query.next()) {
        for (int i = 0; i < 6; ++i)
            parts.append(query.value(i).toString());
    }
    return parts.join(u'|');
}

} // namespace

TEST_F(DatabaseFixture, StoreAddsUserFigureMarkedAsTheUsers)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    UserDataStore store(*database);
    ObservationRecord record = sampleFigure();
    QString error;
    ASSERT_TRUE(store.addObservation(&record, &error)) << error.toStdString();
    EXPECT_GE(record.id, Database::FirstUserId);
    const auto read = store.observation(record.id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->origin, u"user"_s);
    EXPECT_EQ(read->value, 2.5e8);
    EXPECT_EQ(read->asOf.precisionName(), u"month"_s);
    ASSERT_EQ(read->citations.size(), 2);
    EXPECT_EQ(read->citations.at(0).articleKey, u"sample-article"_s);
    EXPECT_EQ(read->citations.at(1).reference, u"https://example.org/acme-round"_s);
    EXPECT_EQ(countRows(*database, u"SELECT count(*) FROM all_observations WHERE origin = 'user'"_s), 1);
}

TEST_F(DatabaseFixture, StoreRefusesShippedRowsAndInvalidFigures)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    UserDataStore store(*database);
    auto shipped = store.observation(1);
    ASSERT_TRUE(shipped);
    EXPECT_EQ(shipped->origin, u"shipped"_s);
    QString error;
    shipped->value = 1;
    EXPECT_FALSE(store.updateObservation(&*shipped, &error));
    EXPECT_TRUE(error.contains(u"read-only"_s)) << error.toStdString();
    EXPECT_FALSE(store.removeObservation(1, &error));
    EXPECT_TRUE(error.contains(u"shipped"_s)) << error.toStdString();
    EXPECT_FALSE(store.removeEvent(1, &error));

    ObservationRecord negative = sampleFigure();
    negative.metricKey = u"daily_active_users"_s;
    negative.currency.clear();
    negative.value = -5;
    EXPECT_FALSE(store.addObservation(&negative, &error));
    ObservationRecord uncited = sampleFigure();
    uncited.citations.clear();
    EXPECT_FALSE(store.addObservation(&uncited, &error));
    ObservationRecord infinite = sampleFigure();
    infinite.value = qInf();
    EXPECT_FALSE(store.addObservation(&infinite, &error));
    ObservationRecord unknown = sampleFigure();
    unknown.companyId = u"nobody"_s;
    EXPECT_FALSE(store.addObservation(&unknown, &error));
    EXPECT_EQ(countRows(*database, u"SELECT count(*) FROM main.observations"_s), 0);
    EXPECT_EQ(countRows(*database, u"SELECT count(*) FROM main.citations"_s), 0);
}

TEST_F(DatabaseFixture, UndoRedoRoundTripsAddEditDeleteExactly)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    UserDataStore store(*database);
    QUndoStack stack;
    QStringList errors;
    auto onError = [&errors](const QString &e) { errors.append(e); };

    auto *add = new ObservationCommand(store, std::nullopt, sampleFigure(), u"add"_s, onError);
    stack.push(add);
    ASSERT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    const qint64 id = add->after()->id;
    const QString added = dumpObservation(*database, id);
    ASSERT_FALSE(added.isEmpty());

    ObservationRecord edited = *store.observation(id);
    edited.value = 3e8;
    edited.citations.removeLast();
    CitationRecord other;
    other.reference = u"Annual report 2025"_s;
    edited.citations.append(other);
    stack.push(new ObservationCommand(store, store.observation(id), edited, u"edit"_s, onError));
    const QString afterEdit = dumpObservation(*database, id);
    EXPECT_NE(afterEdit, added);
    EXPECT_TRUE(afterEdit.contains(u"Annual report 2025"_s));

    stack.push(new ObservationCommand(store, store.observation(id), std::nullopt, u"delete"_s, onError));
    EXPECT_TRUE(dumpObservation(*database, id).isEmpty());

    stack.undo(); // delete
    EXPECT_EQ(dumpObservation(*database, id), afterEdit);
    stack.undo(); // edit
    EXPECT_EQ(dumpObservation(*database, id), added);
    stack.undo(); // add
    EXPECT_TRUE(dumpObservation(*database, id).isEmpty());
    EXPECT_EQ(countRows(*database, u"SELECT count(*) FROM main.citations"_s), 0);
    stack.redo();
    EXPECT_EQ(dumpObservation(*database, id), added);
    stack.redo();
    EXPECT_EQ(dumpObservation(*database, id), afterEdit);
    stack.redo();
    EXPECT_TRUE(dumpObservation(*database, id).isEmpty());
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(DatabaseFixture, EventUndoRestoresIdsAndCitations)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    UserDataStore store(*database);
    QUndoStack stack;
    EventRecord event;
    event.companyId = u"bigco"_s;
    event.kind = u"product"_s;
    event.date = PartialDate::parse(u"2025-Q2"_s);
    event.summaryEn = u"BigCo shipped a model."_s;
    CitationRecord citation;
    citation.reference = u"https://example.org/bigco"_s;
    event.citations = {citation};
    auto *add = new EventCommand(store, std::nullopt, event, u"add"_s);
    stack.push(add);
    const qint64 id = add->after()->id;
    const qint64 citationId = add->after()->citations.first().id;
    ASSERT_GE(id, Database::FirstUserId);
    stack.push(new EventCommand(store, store.event(id), std::nullopt, u"delete"_s));
    EXPECT_FALSE(store.event(id));
    stack.undo();
    const auto restored = store.event(id);
    ASSERT_TRUE(restored);
    EXPECT_EQ(restored->citations.first().id, citationId);
    EXPECT_EQ(restored->date.toNotation(), u"2025-Q2"_s);
    EXPECT_EQ(restored->createdAt, add->after()->createdAt);

    EventTableModel model(database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCompanyFilter(u"bigco"_s);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, EventTableModel::OriginColumn).data(EventTableModel::OriginKeyRole).toString(), u"user"_s);
    EXPECT_EQ(model.index(0, EventTableModel::SourceColumn).data().toString(), u"https://example.org/bigco"_s);
    model.setCompanyFilter({});
    model.setKindFilter(u"hire"_s);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data(EventTableModel::CompanyIdRole).toString(), u"acme"_s);
}

TEST_F(DatabaseFixture, CsvImportReportsEveryBadLineAndWritesNothing)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    // Line numbers count physical lines; the quoted note on line 3 spans two.
    const QByteArray csv
        = "\xEF\xBB\xBF"
          "company,metric,value,value_high,currency,as_of,qualifier,status,citation,note\r\n"           // 1
          "Acme,Financing round,1500000000,,CNY,2024-Q4,,,sample-article|en|1|1.5 billion,\r\n"         // 2
          "示例,融资额,2e8,,USD,2025-02,approx,,https://example.org/a,\"two\r\nlines, with comma\"\r\n" // 3-4
          "Acme,daily_active_users,-3,,,2025,,,https://example.org/b,\r\n"                              // 5
          "Nobody Inc,financing_round,1,,CNY,2025,,,https://example.org/c,\r\n"                         // 6
          "acme,no_such_metric,1,,,2025,,,https://example.org/d,\r\n"                                   // 7
          "acme,financing_round,NaN,,CNY,2025,,,https://example.org/e,\r\n"                             // 8
          "acme,financing_round,12,,CNY,2025-13,,,https://example.org/f,\r\n"                           // 9
          "acme,financing_round,12,,CNY\r\n"                                                            // 10
          "acme,financing_round,inf,,CNY,2025,,,https://example.org/g,\r\n"                             // 11
          "acme,financing_round,12,,CNY,2025,,,\"unclosed,\r\n"                                         // 12
          "acme,financing_round,12,,CNY,2025,,,x,\r\n";                                                 // 13
    CsvObservationImporter importer(*database);
    CsvImportPreview preview = importer.preview(csv);
    EXPECT_EQ(preview.records.size(), 2);
    ASSERT_EQ(preview.recordLines, (QList<int>{2, 3}));
    EXPECT_EQ(preview.records.at(1).noteEn, u"two\r\nlines, with comma"_s);
    EXPECT_EQ(preview.records.at(1).companyId, u"acme"_s) << "alias in Chinese";
    QList<int> lines;
    for (const CsvIssue &issue : preview.issues)
        lines.append(issue.line);
    EXPECT_EQ(lines, (QList<int>{5, 6, 7, 8, 9, 10, 11, 12}));
    EXPECT_FALSE(preview.canImport());
    QString error;
    EXPECT_FALSE(importer.import(&preview, &error));
    EXPECT_EQ(countRows(*database, u"SELECT count(*) FROM main.observations"_s), 0);
    EXPECT_EQ(countRows(*database, u"SELECT count(*) FROM main.citations"_s), 0);
}

TEST_F(DatabaseFixture, CsvImportWritesAllGoodLinesAndUndoRemovesThem)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    const QByteArray csv = "metric,company,value,currency,as_of,citation\n"
                           "financing_round,Acme Models,100,CNY,2025-02-09,sample-article|zh|0|15亿\n"
                           "daily_active_users,大公司,800000,,2025,\"Survey, 2025\"\n";
    CsvObservationImporter importer(*database);
    CsvImportPreview preview = importer.preview(csv);
    ASSERT_TRUE(preview.canImport()) << (preview.issues.isEmpty() ? "" : preview.issues.first().message.toStdString());
    UserDataStore store(*database);
    QUndoStack stack;
    auto *command = new ImportObservationsCommand(store, preview.records, u"import"_s);
    stack.push(command);
    EXPECT_FALSE(command->failed()) << command->error().toStdString();
    EXPECT_EQ(countRows(*database, u"SELECT count(*) FROM main.observations"_s), 2);
    EXPECT_EQ(countRows(*database, u"SELECT count(*) FROM main.citations WHERE reference = 'Survey, 2025'"_s), 1);
    stack.undo();
    EXPECT_EQ(countRows(*database, u"SELECT count(*) FROM main.observations"_s), 0);
    stack.redo();
    EXPECT_EQ(countRows(*database, u"SELECT count(*) FROM main.observations WHERE as_of_precision = 'day'"_s), 1);
}

TEST_F(DatabaseFixture, CsvCitationParagraphsCountFromOneInFormatTwoAndFromZeroInFormatOne)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    const QByteArray csv = "company,metric,value,currency,citation\n"
                           "acme,financing_round,1,CNY,sample-article|zh|¶1|15亿\n" // format 2: the first paragraph
                           "acme,financing_round,2,CNY,sample-article|en|p2|1.5 billion\n"
                           "acme,financing_round,3,CNY,sample-article|en|1|1.5 billion\n" // format 1: 0-based
                           "acme,financing_round,4,CNY,sample-article|en|¶0|x\n";         // no paragraph ¶0
    CsvObservationImporter importer(*database);
    const CsvImportPreview preview = importer.preview(csv);
    ASSERT_EQ(preview.records.size(), 3);
    EXPECT_EQ(preview.records.at(0).citations.first().paragraph, 0);
    EXPECT_EQ(preview.records.at(1).citations.first().paragraph, 1);
    EXPECT_EQ(preview.records.at(2).citations.first().paragraph, 1);
    ASSERT_EQ(preview.issues.size(), 1);
    EXPECT_EQ(preview.issues.first().line, 5);
    EXPECT_TRUE(preview.issues.first().message.contains(u"counted from 1"_s))
        << preview.issues.first().message.toStdString();
}

TEST_F(DatabaseFixture, OneValidatorForDialogCsvAndDataset)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    ObservationRecord record;
    record.companyId = u"acme"_s;
    record.metricKey = u"financing_round"_s;
    record.value = 5;
    record.currency = u"HKD"_s; // every currency of the vocabulary, not only CNY and USD
    CitationRecord citation;
    citation.reference = u"https://example.org/hk"_s;
    record.citations = {citation};
    const RecordValidator validator(database->connection(), RecordValidator::Scope::UserViews);
    QString error;
    EXPECT_TRUE(validator.validate(record, &error)) << error.toStdString();
    UserDataStore store(*database);
    EXPECT_TRUE(store.addObservation(&record, &error)) << error.toStdString();

    record.qualifier = u"roughly"_s;
    QString storeError;
    EXPECT_FALSE(validator.validate(record, &error));
    EXPECT_FALSE(store.validate(record, &storeError));
    EXPECT_EQ(storeError, error);
    EXPECT_TRUE(error.contains(u"exact, approx, at_least, at_most, range"_s)) << error.toStdString();

    // The CSV importer reports the same message for the same fault.
    CsvObservationImporter importer(*database);
    const CsvImportPreview preview
        = importer.preview("company,metric,value,currency,qualifier,citation\nacme,financing_round,5,HKD,roughly,x\n");
    ASSERT_EQ(preview.issues.size(), 1);
    EXPECT_EQ(preview.issues.first().message, error);
}

TEST_F(DatabaseFixture, CsvReaderHandlesQuotesAndReportsStrayOnes)
{
    const CsvReader::Result ok = CsvReader::read("a,\"b \"\"q\"\"\",c\n\n\"x\ny\",2,3");
    ASSERT_TRUE(ok.issues.isEmpty());
    ASSERT_EQ(ok.records.size(), 2);
    EXPECT_EQ(ok.records.at(0).fields.at(1), u"b \"q\""_s);
    EXPECT_EQ(ok.records.at(1).line, 3);
    EXPECT_EQ(ok.records.at(1).fields.at(0), u"x\ny"_s);
    const CsvReader::Result bad = CsvReader::read("a,b\nx\"y,z\n\"q\"r,s\n");
    ASSERT_EQ(bad.issues.size(), 2);
    EXPECT_EQ(bad.issues.at(0).line, 2);
    EXPECT_EQ(bad.issues.at(1).line, 3);
    EXPECT_EQ(bad.records.size(), 1);
}

TEST_F(DatabaseFixture, ExportWritesTheViewWithProvenance)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    UserDataStore store(*database);
    ObservationRecord record = sampleFigure();
    QString error;
    ASSERT_TRUE(store.addObservation(&record, &error));
    ObservationTableModel model(database->connection());
    model.setCompanyFilter(u"acme"_s);
    const QByteArray csv = TableCsvExporter::toCsv(
        &model,
        [&](int row) {
            return TableCsvExporter::provenance(
                database->connection(), u"observation_id"_s, model.observationId(row),
                model.index(row, 0).data(ObservationTableModel::OriginKeyRole).toString(), Language::English);
        },
        u"Provenance"_s);
    const CsvReader::Result parsed = CsvReader::read(csv);
    ASSERT_TRUE(parsed.issues.isEmpty());
    ASSERT_EQ(parsed.records.size(), 3);
    EXPECT_EQ(parsed.records.at(0).fields.last(), u"Provenance"_s);
    QStringList provenance = {parsed.records.at(1).fields.last(), parsed.records.at(2).fields.last()};
    provenance.sort();
    // Titles, not keys; paragraphs counted from 1 (stored 1 and 0 read ¶2 and ¶1).
    EXPECT_EQ(provenance.at(0),
              u"shipped: A sample article ¶2 “1.5 billion”; A sample article ¶1 (Chinese text) “15亿”"_s)
        << provenance.at(0).toStdString();
    EXPECT_EQ(provenance.at(1), u"user: A sample article ¶4 “250 million”; https://example.org/acme-round"_s);
}

TEST_F(DatabaseFixture, ExportedFigureTableImportsBackFieldByField)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    UserDataStore store(*database);
    ObservationRecord range = sampleFigure();
    range.value = 0.1e9 / 3; // not a whole number: written at full precision
    range.valueHigh = 2.5e8;
    range.qualifier = u"range"_s;
    range.status = u"derived"_s;
    range.derivation = u"=a third of the round, per the report"_s; // a cell a spreadsheet would run
    range.noteZh = u"新闻稿，“未经证实”"_s;
    range.noteEn = u"Press release, \"not confirmed\"\nsecond line"_s;
    QString error;
    ASSERT_TRUE(store.addObservation(&range, &error)) << error.toStdString();
    ObservationRecord undated = sampleFigure();
    undated.metricKey = u"daily_active_users"_s;
    undated.currency.clear();
    undated.value = 7e5;
    undated.asOf = {};
    undated.qualifier = u"at_least"_s;
    undated.citations.first().printed = u"-70万, per | the article"_s;
    ASSERT_TRUE(store.addObservation(&undated, &error)) << error.toStdString();

    ObservationTableModel model(database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCompanyFilter(u"acme"_s);
    const QList<int> shown = {ObservationTableModel::ValueColumn, ObservationTableModel::CompanyColumn,
                              ObservationTableModel::MetricColumn, ObservationTableModel::SourceColumn};
    const QByteArray csv = ObservationCsvExporter::toCsv(*database, &model, shown, u"Provenance"_s, Language::English);
    QList<ObservationRecord> exported;
    for (int row = 0; row < model.rowCount(); ++row)
        exported.append(*store.observation(model.observationId(row)));
    ASSERT_EQ(exported.size(), 3);
    EXPECT_TRUE(std::any_of(exported.begin(), exported.end(),
                            [](const ObservationRecord &r) { return r.origin == "shipped"_L1; }));

    // The display text stays beside the columns the importer reads.
    const CsvReader::Result parsed = CsvReader::read(csv);
    ASSERT_TRUE(parsed.issues.isEmpty());
    QStringList header = {u"Value"_s, u"Company"_s, u"Metric"_s, u"Source"_s, u"Provenance"_s};
    header += ObservationCsvFormat::exportColumns();
    EXPECT_EQ(parsed.records.first().fields, header);
    EXPECT_EQ(parsed.records.at(1).fields.at(1), u"Acme Models"_s);

    QTemporaryDir freshDir;
    ASSERT_TRUE(freshDir.isValid());
    auto fresh = Database::open({freshDir.path(), m_shippedPath, true}, &error);
    ASSERT_TRUE(fresh) << error.toStdString();
    testsupport::expectImportsBack(*fresh, csv, exported);
}

TEST_F(DatabaseFixture, CsvImportRefusesAFormatNewerThanItReads)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    const QByteArray csv = "Company,format,company,metric,value,currency,citation\n"
                           "Acme,3,acme,financing_round,1,CNY,https://example.org/a\n"
                           "Acme,4,acme,financing_round,1,CNY,https://example.org/a\n";
    CsvObservationImporter importer(*database);
    const CsvImportPreview preview = importer.preview(csv);
    EXPECT_EQ(preview.records.size(), 1) << "the display column left of format is not read";
    ASSERT_EQ(preview.issues.size(), 1);
    EXPECT_EQ(preview.issues.first().line, 3);
}

TEST_F(DatabaseFixture, UserFigureSurvivesRestartAndReachesCompanyChart)
{
    qint64 id = -1;
    {
        auto database = openDatabase();
        ASSERT_TRUE(database);
        UserDataStore store(*database);
        ObservationRecord record = sampleFigure();
        record.companyId = u"bigco"_s;
        QString error;
        ASSERT_TRUE(store.addObservation(&record, &error)) << error.toStdString();
        id = record.id;
    }
    auto reopened = openDatabase();
    ASSERT_TRUE(reopened);
    UserDataStore store(*reopened);
    const auto figure = store.observation(id);
    ASSERT_TRUE(figure);
    EXPECT_EQ(figure->origin, u"user"_s);
    EXPECT_TRUE(MetricChartBuilder::metricsOf(reopened->connection(), u"bigco"_s).contains(u"financing_round"_s));
    const ChartSpec spec
        = MetricChartBuilder::build(reopened->connection(), u"financing_round"_s, {}, Language::English);
    const int category = spec.categoryIndex(u"bigco"_s);
    ASSERT_GE(category, 0) << "the company appears in the chart of its metric";
    bool found = false;
    for (const ChartSeries &series : spec.series) {
        const int point = series.indexOf(u"bigco"_s);
        if (point >= 0 && series.points.at(point).hasValue()) {
            EXPECT_EQ(series.points.at(point).value, 2.5e8);
            EXPECT_EQ(series.points.at(point).citationKey, u"obs:"_s + QString::number(id));
            found = true;
        }
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(spec.series.size(), 2) << "CNY and USD amounts are separate series";
}

TEST_F(DatabaseFixture, CompareShowsMissingValuesAsMissing)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    CompareTableModel model(database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCompanies({u"acme"_s, u"bigco"_s});
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), 3);
    int dauRow = model.metricKey(0) == "daily_active_users"_L1 ? 0 : 1;
    const QModelIndex acmeDau = model.index(dauRow, 1);
    EXPECT_TRUE(acmeDau.data(CompareTableModel::MissingRole).toBool());
    EXPECT_FALSE(acmeDau.data(CompareTableModel::ValueRole).isValid());
    EXPECT_EQ(acmeDau.data().toString(), CompareTableModel::missingText());
    EXPECT_FALSE(acmeDau.data().toString().contains(u'0'));
    const QModelIndex bigDau = model.index(dauRow, 2);
    EXPECT_FALSE(bigDau.data(CompareTableModel::MissingRole).toBool());
    EXPECT_EQ(bigDau.data(CompareTableModel::ValueRole).toDouble(), 700000.0);

    const ChartSpec spec = MetricChartBuilder::build(database->connection(), u"daily_active_users"_s,
                                                     {u"acme"_s, u"bigco"_s}, Language::English);
    ASSERT_EQ(spec.series.size(), 1);
    ASSERT_EQ(spec.series.first().points.size(), 2);
    EXPECT_FALSE(spec.series.first().points.at(0).hasValue()) << "missing stays NaN, never zero";
    EXPECT_TRUE(spec.series.first().points.at(1).hasValue());
}

TEST(RealDataset, SearchFindsMoonshotByEveryName)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString shipped = dir.filePath(u"shipped.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"search-compile"_s);
        db.setDatabaseName(shipped);
        ASSERT_TRUE(db.open());
        QString error;
        ASSERT_TRUE(Schema::create(db, &error));
        DatasetCompiler compiler;
        ASSERT_TRUE(compiler.compile(QDir(testsupport::sourceDir()).filePath(u"resources/data"_s), db))
            << compiler.errors().join(u'\n').toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"search-compile"_s);
    QString error;
    auto database = Database::open({dir.filePath(u"data"_s), shipped, true}, &error);
    ASSERT_TRUE(database) << error.toStdString();
    SearchModel model(database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QString companyFound;
    for (const QString &query : {u"月之暗面"_s, u"Moonshot"_s, u"Kimi"_s, u"kimi"_s}) {
        model.setQuery(query);
        ASSERT_GE(model.rowCount(), 1) << query.toStdString();
        EXPECT_EQ(model.index(0).data(SearchModel::KindRole).toString(), u"company"_s);
        const QString id = model.index(0).data(SearchModel::IdRole).toString();
        if (companyFound.isEmpty())
            companyFound = id;
        EXPECT_EQ(id, companyFound) << query.toStdString();
    }
    EXPECT_EQ(companyFound, u"moonshot"_s);
    model.setQuery(u"张鹏"_s);
    ASSERT_GE(model.rowCount(), 1);
    EXPECT_EQ(model.index(0).data(SearchModel::KindRole).toString(), u"person"_s);
    EXPECT_EQ(model.index(0).data(SearchModel::CompanyIdRole).toString(), u"zhipu"_s);

    const auto profile = CompanyProfile::load(database->connection(), u"moonshot"_s);
    ASSERT_TRUE(profile);
    EXPECT_TRUE(profile->searchTerms().contains(u"Kimi"_s));
}
