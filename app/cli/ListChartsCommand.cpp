#include "Commands.h"

#include "ChartCatalogue.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

class ListChartsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListChartsCommand)
public:
    ListChartsCommand()
        : Command(u"list-charts"_s, tr("List the charts that export-chart can write: one \"id<TAB>title\" line each."))
    {}

    int run(const QCommandLineParser &parser, const GlobalOptions &global) const override
    {
        if (tooManyArguments(parser))
            return ExitUsage;
        // Titles come from the catalogue alone: no database is opened.
        QString text;
        for (const QString &id : ChartCatalogue::ids())
            text += id + u'\t' + ChartCatalogue::title(id, global.outputLanguage()) + u'\n';
        printOut(text);
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeListChartsCommand()
{
    return std::make_unique<ListChartsCommand>();
}

} // namespace tigerscope
