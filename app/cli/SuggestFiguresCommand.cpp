#include "Commands.h"

#include "Database.h"
#include "FigureSuggester.h"
#include "SuggestionFormat.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

class SuggestFiguresCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SuggestFiguresCommand)
public:
    SuggestFiguresCommand()
        : Command(u"suggest-figures"_s,
                  tr("Propose cited figures (company, metric, value, date) for an imported "
                     "article; prints JSON or TSV."))
    {}

    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(u"article"_s, tr("An imported article's id or the key of the article it is."));
        parser.addOption({u"format"_s, tr("json (default) or tsv."), tr("format"), u"json"_s});
        parser.addOption({u"all"_s, tr("Also list the figures the dataset already records.")});
    }

    int run(const QCommandLineParser &parser, const GlobalOptions &global) const override;
};

int SuggestFiguresCommand::run(const QCommandLineParser &parser, const GlobalOptions &global) const
{
    const std::optional<QString> format
        = formatOption(parser, {u"json"_s, u"tsv"_s}, tr("unknown format %1 (use json or tsv)"));
    if (!format)
        return ExitUsage;
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        printError(tr("suggest-figures needs an article: its id or key"));
        return ExitUsage;
    }
    if (tooManyArguments(parser, 1))
        return ExitUsage;
    const auto database = openDatabaseFor(global);
    if (!database)
        return ExitFailure;
    const qint64 article = FigureSuggester::findArticle(arguments.constFirst(), *database);
    if (article < 0) {
        printError(tr("no imported article %1 (see the reader's library for ids)").arg(arguments.constFirst()));
        return ExitFailure;
    }
    QList<FigureSuggestion> suggestions = FigureSuggester(*database).suggestFigures(article);
    if (!parser.isSet(u"all"_s))
        suggestions.removeIf([](const FigureSuggestion &s) { return s.recorded(); });
    const QByteArray out
        = *format == "json"_L1 ? SuggestionFormat::toJson(suggestions) : SuggestionFormat::toTsv(suggestions);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return ExitOk;
}

} // namespace

std::unique_ptr<Command> makeSuggestFiguresCommand()
{
    return std::make_unique<SuggestFiguresCommand>();
}

} // namespace tigerscope
