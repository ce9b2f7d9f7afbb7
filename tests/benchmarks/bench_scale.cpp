// Scale benchmarks (Google Benchmark): open a database and show the first page of observations,
// filter by text, search the articles in both languages, render a chart of 100,000 points, peak
// memory. The synthetic dataset (SyntheticDataset: 10,000 companies, 1,000,000 observations, 2,000
// bilingual articles) is generated on the first run into $TIGERSCOPE_SYNTH_DIR (default: a folder
// of the build) and reused afterwards. The seed database is the shipped dataset of this build with
// the seed articles imported. Figures and targets: docs/performance.md.

#include "ArticleParser.h"
#include "ArticleSearch.h"
#include "ArticleStore.h"
#include "ChartSceneRenderer.h"
#include "CompanyTableModel.h"
#include "Database.h"
#include "EntityLexicon.h"
#include "ObservationTableModel.h"
#include "Schema.h"
#include "SyntheticDataset.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <cstdio>
#include <memory>
#include <random>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

double peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

/// Where the two databases of the benchmarks are.
struct Datasets
{
    QString seedShipped;
    QString seedDataDir;
    QString synthShipped;
    QString synthDataDir;
};

Datasets &datasets()
{
    static Datasets instance;
    return instance;
}

bool prepareSynthetic()
{
    QString dir = qEnvironmentVariable("TIGERSCOPE_SYNTH_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(TIGERSCOPE_SYNTH_DEFAULT_DIR);
    const QDir out(dir);
    Datasets &d = datasets();
    d.synthShipped = out.filePath(u"shipped.sqlite"_s);
    d.synthDataDir = out.filePath(u"data"_s);
    // Files of another schema are not opened: the stamp names the schema they were made for.
    const QString stamp = out.filePath(u"complete-schema-%1"_s.arg(Schema::CurrentVersion));
    if (QFile::exists(stamp))
        return true;
    std::fprintf(stderr, "Generating the synthetic dataset in %s (once)...\n", qPrintable(out.absolutePath()));
    QElapsedTimer timer;
    timer.start();
    out.mkpath(u"data"_s);
    QFile::remove(out.filePath(u"data/user.sqlite"_s));
    const SyntheticDataset dataset;
    QString error;
    if (!dataset.writeShipped(d.synthShipped, &error)
        || !dataset.writeUserArticles(d.synthDataDir, d.synthShipped, &error)) {
        std::fprintf(stderr, "cannot generate the synthetic dataset: %s\n", qPrintable(error));
        return false;
    }
    QFile done(stamp);
    done.open(QIODevice::WriteOnly);
    std::fprintf(stderr, "Generated in %.1f s\n", double(timer.elapsed()) / 1000.0);
    return true;
}

bool prepareSeed(const QString &dataDir)
{
    Datasets &d = datasets();
    d.seedShipped = QStringLiteral(TIGERSCOPE_SEED_DATASET);
    d.seedDataDir = dataDir;
    QString error;
    const auto database = Database::open({dataDir, d.seedShipped, true}, &error);
    if (!database) {
        std::fprintf(stderr, "cannot open the seed database: %s\n", qPrintable(error));
        return false;
    }
    QString seeds = qEnvironmentVariable("TIGERSCOPE_SEEDS_DIR");
    if (seeds.isEmpty())
        seeds = QStringLiteral(TIGERSCOPE_SOURCE_DIR "/../shared/seeds");
    for (const QFileInfo &file : QDir(seeds).entryInfoList({u"*.txt"_s}, QDir::Files)) {
        const ParseResult parsed = ArticleParser::parseFile(file.absoluteFilePath());
        if (parsed.ok())
            ArticleStore::importArticle(*parsed.article, *database);
    }
    return true;
}

std::unique_ptr<Database> openDatabase(bool synthetic)
{
    const Datasets &d = datasets();
    QString error;
    auto database = synthetic ? Database::open({d.synthDataDir, d.synthShipped, true}, &error)
                              : Database::open({d.seedDataDir, d.seedShipped, true}, &error);
    if (!database)
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error));
    return database;
}

/// What a table view asks for when it shows the first screen: every column of the visible rows.
int showFirstScreen(const ObservationTableModel &model)
{
    int characters = 0;
    const int rows = std::min(model.rowCount(), 40);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < ObservationTableModel::ColumnCount; ++column)
            characters += int(model.data(model.index(row, column)).toString().size());
    }
    return characters;
}

/// Opens the database and shows the first screen of observations; with range(1) == 0, opens only
/// (so that the first page's share is known).
void BM_OpenAndFirstPage(benchmark::State &state)
{
    const bool synthetic = state.range(0) != 0;
    const bool showFirstPage = state.range(1) != 0;
    for (auto _ : state) {
        auto database = openDatabase(synthetic);
        if (!database) {
            state.SkipWithError("cannot open");
            return;
        }
        if (showFirstPage) {
            ObservationTableModel model(database->connection());
            benchmark::DoNotOptimize(showFirstScreen(model));
        }
    }
    state.SetLabel(synthetic ? "synthetic 1M" : "seed");
    state.counters["peak_rss_MB"] = peakRssMegabytes();
}

/// What the window shows first: the companies by group, and the first one's figures sorted by
/// metric, as the Companies page and its company page ask for them.
void BM_OpenAndCompanyPage(benchmark::State &state)
{
    const bool synthetic = state.range(0) != 0;
    for (auto _ : state) {
        auto database = openDatabase(synthetic);
        if (!database) {
            state.SkipWithError("cannot open");
            return;
        }
        CompanyTableModel companies(database->connection());
        companies.sort(CompanyTableModel::GroupColumn, Qt::AscendingOrder);
        const QString first = companies.index(0, 0).data(CompanyTableModel::CompanyIdRole).toString();
        ObservationTableModel figures(database->connection());
        figures.setSuspended(true);
        figures.sort(ObservationTableModel::MetricColumn);
        figures.setCompanyFilter(first);
        figures.setSuspended(false);
        benchmark::DoNotOptimize(showFirstScreen(figures));
        if (figures.rowCount() == 0) {
            state.SkipWithError("the first company has no figures");
            return;
        }
    }
    state.SetLabel(synthetic ? "synthetic 1M" : "seed");
    state.counters["peak_rss_MB"] = peakRssMegabytes();
}

void BM_FilterByText(benchmark::State &state)
{
    auto database = openDatabase(true);
    if (!database) {
        state.SkipWithError("cannot open");
        return;
    }
    ObservationTableModel model(database->connection());
    // A company-name fragment that matches a few companies, then one in a note's text; alternating
    // makes every iteration a real refilter.
    const QStringList terms = {u"Labs 123"_s, SyntheticDataset::englishWord(40)};
    int i = 0;
    for (auto _ : state) {
        model.setTextFilter(terms.at(i++ % terms.size()));
        benchmark::DoNotOptimize(showFirstScreen(model));
    }
    state.counters["rows_first_page"] = model.rowCount();
    state.counters["peak_rss_MB"] = peakRssMegabytes();
}

/// One kind of text on its own: each timed refilter follows an untimed one to no text.
void BM_FilterByOneText(benchmark::State &state, QString text)
{
    auto database = openDatabase(true);
    if (!database) {
        state.SkipWithError("cannot open");
        return;
    }
    ObservationTableModel model(database->connection());
    for (auto _ : state) {
        state.PauseTiming();
        model.setTextFilter(QString());
        state.ResumeTiming();
        model.setTextFilter(text);
        benchmark::DoNotOptimize(showFirstScreen(model));
    }
    state.counters["rows_first_page"] = model.rowCount();
}

void BM_Search(benchmark::State &state, QString query, QString lang)
{
    auto database = openDatabase(true);
    if (!database) {
        state.SkipWithError("cannot open");
        return;
    }
    qsizetype hits = 0;
    for (auto _ : state) {
        const QList<SearchHit> found = ArticleStore::search(query, lang, *database);
        hits = found.size();
        benchmark::DoNotOptimize(hits);
    }
    state.counters["hits"] = double(hits);
    state.counters["peak_rss_MB"] = peakRssMegabytes();
}

/// The reader's search over the whole library: folded, names with their other names, each occurrence a hit.
void BM_ReaderSearch(benchmark::State &state, QString query)
{
    auto database = openDatabase(true);
    if (!database) {
        state.SkipWithError("cannot open");
        return;
    }
    const EntityLexicon lexicon = EntityLexicon::load(database->connection());
    qsizetype hits = 0;
    for (auto _ : state) {
        hits = ArticleSearch(*database, lexicon).search(query, {-1, true, true}).size();
        benchmark::DoNotOptimize(hits);
    }
    state.counters["hits"] = double(hits);
}

ChartSpec hundredThousandPoints()
{
    ChartSpec spec;
    spec.id = u"bench-positioning"_s;
    spec.title = u"100,000 points"_s;
    spec.kind = ChartKind::Positioning;
    spec.positioning.xTitle = u"x"_s;
    spec.positioning.yTitle = u"y"_s;
    std::mt19937 random(7);
    std::uniform_real_distribution<double> coordinate(-1.0, 1.0);
    for (int c = 0; c < 100; ++c)
        spec.categories.append({SyntheticDataset::companyId(c), SyntheticDataset::englishName(c)});
    ChartSeries series;
    series.key = u"points"_s;
    series.name = u"Points"_s;
    series.points.reserve(100'000);
    for (int i = 0; i < 100'000; ++i) {
        ChartPoint point;
        point.categoryId = SyntheticDataset::companyId(i % 100);
        point.value = 1.0;
        point.position = QPointF(coordinate(random), coordinate(random));
        series.points.append(point);
    }
    spec.series.append(series);
    spec.sources = {u"Synthetic data"_s};
    return spec;
}

void BM_RenderChart100k(benchmark::State &state)
{
    const ChartSpec spec = hundredThousandPoints();
    const ChartTheme theme = ChartTheme::light();
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        ChartSceneRenderer().render(painter, QRectF(0, 0, 1600, 1000), spec, theme, QSizeF(1600, 1000));
        benchmark::DoNotOptimize(&image);
    }
    state.counters["peak_rss_MB"] = peakRssMegabytes();
}

void BM_PeakMemory(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(peakRssMegabytes());
    state.counters["peak_rss_MB"] = peakRssMegabytes();
}

void registerBenchmarks()
{
    const auto configure = [](benchmark::internal::Benchmark *b) {
        b->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true)->UseRealTime();
    };
    configure(benchmark::RegisterBenchmark("Open/seed", BM_OpenAndFirstPage)->Args({0, 0}));
    configure(benchmark::RegisterBenchmark("Open/synthetic", BM_OpenAndFirstPage)->Args({1, 0}));
    configure(benchmark::RegisterBenchmark("OpenAndFirstPage/seed", BM_OpenAndFirstPage)->Args({0, 1}));
    configure(benchmark::RegisterBenchmark("OpenAndFirstPage/synthetic", BM_OpenAndFirstPage)->Args({1, 1}));
    configure(benchmark::RegisterBenchmark("OpenAndCompanyPage/seed", BM_OpenAndCompanyPage)->Arg(0));
    configure(benchmark::RegisterBenchmark("OpenAndCompanyPage/synthetic", BM_OpenAndCompanyPage)->Arg(1));
    configure(benchmark::RegisterBenchmark("FilterByText/synthetic", BM_FilterByText));
    // The two halves of FilterByText apart, and the shorter texts that other indexes answer.
    configure(benchmark::RegisterBenchmark("FilterByText/company", BM_FilterByOneText, u"Labs 123"_s));
    configure(
        benchmark::RegisterBenchmark("FilterByText/notes", BM_FilterByOneText, SyntheticDataset::englishWord(40)));
    configure(benchmark::RegisterBenchmark("FilterByText/2chars", BM_FilterByOneText,
                                           SyntheticDataset::chineseName(77).left(2)));
    // The trigram index answers three characters or more; shorter queries scan.
    configure(
        benchmark::RegisterBenchmark("Search/en/company", BM_Search, SyntheticDataset::englishName(4321), u"en"_s));
    configure(benchmark::RegisterBenchmark("Search/en/word", BM_Search, SyntheticDataset::englishWord(300), u"en"_s));
    configure(
        benchmark::RegisterBenchmark("Search/zh/company", BM_Search, SyntheticDataset::chineseName(4321), u"zh"_s));
    configure(benchmark::RegisterBenchmark("Search/zh/3chars", BM_Search, SyntheticDataset::chineseName(4321).left(3),
                                           u"zh"_s));
    configure(benchmark::RegisterBenchmark("Search/zh/2chars", BM_Search, SyntheticDataset::chineseName(77).left(2),
                                           u"zh"_s));
    configure(
        benchmark::RegisterBenchmark("Search/both/word", BM_Search, SyntheticDataset::englishWord(300), QString()));
    configure(benchmark::RegisterBenchmark("ReaderSearch/library/company", BM_ReaderSearch,
                                           SyntheticDataset::englishName(4321)));
    configure(
        benchmark::RegisterBenchmark("ReaderSearch/library/word", BM_ReaderSearch, SyntheticDataset::englishWord(300)));
    configure(benchmark::RegisterBenchmark("ReaderSearch/library/zh2chars", BM_ReaderSearch,
                                           SyntheticDataset::chineseName(77).left(2)));
    configure(benchmark::RegisterBenchmark("RenderChart/positioning/100k", BM_RenderChart100k));
    benchmark::RegisterBenchmark("PeakMemory", BM_PeakMemory)->Iterations(1);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // Qt Charts draws the 100,000-point map
    QApplication::setOrganizationName(u"TigerscopeBenchmarks"_s);
    QApplication::setApplicationName(u"tigerscope-benchmarks"_s);
    benchmark::Initialize(&argc, argv);
    QTemporaryDir seedDir;
    if (!prepareSynthetic() || !prepareSeed(seedDir.path()))
        return 1;
    registerBenchmarks();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
