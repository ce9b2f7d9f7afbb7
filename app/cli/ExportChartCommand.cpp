#include "Commands.h"

#include "ChartCatalogue.h"
#include "ChartExporter.h"
#include "Database.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

class ExportChartCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportChartCommand)
public:
    /// Logical sizes accepted on the command line; the exporter's pixel limit applies on top.
    static constexpr int MinSide = 200;
    static constexpr int MaxSide = 10000;
    static constexpr double MaxScale = 8.0;

    explicit ExportChartCommand(const ChartRenderer *renderer)
        : Command(u"export-chart"_s, tr("Write a chart (see list-charts) as PNG, SVG or PDF, without a window."))
        , m_renderer(renderer)
    {}

    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({u"chart"_s, tr("The chart's id (see list-charts)."), tr("id")});
        parser.addOption({u"out"_s, tr("The file to write; .png, .svg or .pdf."), tr("file")});
        parser.addOption({u"width"_s, tr("Logical width in pixels (default 1200)."), tr("pixels"), u"1200"_s});
        parser.addOption({u"height"_s, tr("Logical height in pixels (default 750)."), tr("pixels"), u"750"_s});
        parser.addOption({u"scale"_s, tr("Pixels per logical pixel for PNG (default 2)."), tr("factor"), u"2"_s});
        parser.addOption({u"theme"_s, tr("light (default), dark or print."), tr("theme"), u"light"_s});
    }

    int run(const QCommandLineParser &parser, const GlobalOptions &global) const override;

private:
    const ChartRenderer *m_renderer;
};

bool parseSide(const QCommandLineParser &parser, const QString &option, int *side, QString *error)
{
    bool ok = false;
    const QString text = parser.value(option);
    const int value = text.toInt(&ok);
    if (!ok || value < ExportChartCommand::MinSide || value > ExportChartCommand::MaxSide) {
        *error = ExportChartCommand::tr("--%1 must be a whole number of pixels from %2 to %3, not \"%4\"")
                     .arg(option)
                     .arg(ExportChartCommand::MinSide)
                     .arg(ExportChartCommand::MaxSide)
                     .arg(text);
        return false;
    }
    *side = value;
    return true;
}

int ExportChartCommand::run(const QCommandLineParser &parser, const GlobalOptions &global) const
{
    if (tooManyArguments(parser))
        return ExitUsage;
    const QString chartId = parser.value(u"chart"_s);
    const QString out = parser.value(u"out"_s);
    if (chartId.isEmpty() || out.isEmpty()) {
        printError(tr("export-chart needs --chart ID and --out FILE"));
        return ExitUsage;
    }
    if (!ChartCatalogue::contains(chartId)) {
        printError(tr("unknown chart %1 (see tigerscope list-charts)").arg(chartId));
        return ExitUsage;
    }

    ExportOptions options;
    QString error;
    int width = 0, height = 0;
    if (!parseSide(parser, u"width"_s, &width, &error) || !parseSide(parser, u"height"_s, &height, &error)) {
        printError(error);
        return ExitUsage;
    }
    options.size = QSize(width, height);
    bool ok = false;
    options.scale = parser.value(u"scale"_s).toDouble(&ok);
    if (!ok || !std::isfinite(options.scale) || options.scale <= 0 || options.scale > MaxScale) {
        printError(tr("--scale must be a number above 0 and at most %1, not \"%2\"")
                       .arg(MaxScale)
                       .arg(parser.value(u"scale"_s)));
        return ExitUsage;
    }
    if (const QString sizeError = ChartExporter::checkSize(options.size, options.scale); !sizeError.isEmpty()) {
        printError(sizeError);
        return ExitUsage;
    }
    const QString theme = parser.value(u"theme"_s);
    if (theme == "light"_L1)
        options.theme = ChartTheme::light();
    else if (theme == "dark"_L1)
        options.theme = ChartTheme::dark();
    else if (theme == "print"_L1)
        options.theme = ChartTheme::print();
    else {
        printError(tr("unknown theme %1 (use light, dark or print)").arg(theme));
        return ExitUsage;
    }
    options.format = ChartExporter::formatForPath(out);
    if (options.format == ExportFormat::Auto) {
        printError(tr("cannot tell the format of %1: name the file .png, .svg or .pdf").arg(out));
        return ExitUsage;
    }

    if (!m_renderer) {
        printError(tr("this build of Tigerscope has no chart renderer"));
        return ExitFailure;
    }
    const auto database = openDatabaseFor(global);
    if (!database)
        return ExitFailure;
    ChartOptions chartOptions;
    chartOptions.language = global.outputLanguage();
    const BuiltChart chart = ChartCatalogue(database->connection()).build(chartId, chartOptions);
    const ExportResult result = ChartExporter(*m_renderer).exportChart(chart.spec, out, options);
    if (!result.ok) {
        printError(result.error);
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace

std::unique_ptr<Command> makeExportChartCommand(const ChartRenderer *renderer)
{
    return std::make_unique<ExportChartCommand>(renderer);
}

} // namespace tigerscope
