#include "ListChartsCommand.h"

#include "ChartCatalogue.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

QString ListChartsCommand::name() const
{
    return u"list-charts"_s;
}

QString ListChartsCommand::summary() const
{
    return tr("List the charts that export-chart can write: one \"id<TAB>title\" line each.");
}

void ListChartsCommand::configure(QCommandLineParser &) const
{}

int ListChartsCommand::run(const QCommandLineParser &parser, const GlobalOptions &global) const
{
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("unexpected argument %1").arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    // Titles come from the catalogue alone: no database is opened.
    const Language language = global.lang.isEmpty() ? Language::English : languageFromCode(global.lang);
    QString text;
    for (const QString &id : ChartCatalogue::ids())
        text += id + u'\t' + ChartCatalogue::title(id, language) + u'\n';
    printOut(text);
    return ExitOk;
}

} // namespace tigerscope
