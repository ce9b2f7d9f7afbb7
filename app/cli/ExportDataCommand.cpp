#include "Commands.h"

#include "Database.h"
#include "DatasetExporter.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

class ExportDataCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportDataCommand)
public:
    ExportDataCommand()
        : Command(u"export-data"_s,
                  tr("Write the whole dataset (companies, people, metrics, observations with "
                     "citations, events, articles) as JSON or CSV."))
    {}

    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({u"format"_s, tr("json (default) or csv."), tr("format"), u"json"_s});
        parser.addOption(
            {u"out"_s, tr("Output file (json) or folder (csv); standard output when omitted."), tr("path")});
    }

    int run(const QCommandLineParser &parser, const GlobalOptions &global) const override;
};

int ExportDataCommand::run(const QCommandLineParser &parser, const GlobalOptions &global) const
{
    const std::optional<QString> format
        = formatOption(parser, {u"json"_s, u"csv"_s}, tr("unknown format %1 (use json or csv)"));
    if (!format)
        return ExitUsage;
    if (tooManyArguments(parser))
        return ExitUsage;
    const auto database = openDatabaseFor(global);
    if (!database)
        return ExitFailure;
    QString error;
    const DatasetExporter exporter(database->connection());
    const QString out = parser.value(u"out"_s);
    const bool written = *format == "json"_L1 ? exporter.writeJson(out, &error) : exporter.writeCsv(out, &error);
    if (!written) {
        printError(error.isEmpty() ? tr("cannot write the export") : error);
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace

std::unique_ptr<Command> makeExportDataCommand()
{
    return std::make_unique<ExportDataCommand>();
}

} // namespace tigerscope
