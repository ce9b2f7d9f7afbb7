#include "CommandLine.h"

#include "AlignCommand.h"
#include "ExportChartCommand.h"
#include "ExportDataCommand.h"
#include "ImportArticleCommand.h"
#include "ListChartsCommand.h"
#include "SuggestFiguresCommand.h"

#include "Database.h"
#include "LanguageManager.h"

#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

const QStringList &commandNames()
{
    static const QStringList names = {u"export-data"_s, u"import-article"_s, u"align"_s,
                                      u"list-charts"_s, u"export-chart"_s,   u"suggest-figures"_s};
    return names;
}

/// The language --lang asks for, from the raw arguments: it applies to everything printed, the help
/// too, so it is needed before parsing. English without it, so that scripts get stable text.
Language outputLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == "--lang"_L1 && i + 1 < arguments.size())
            return languageFromCode(arguments.at(i + 1));
        if (arguments.at(i).startsWith("--lang="_L1))
            return languageFromCode(QStringView(arguments.at(i)).mid(7));
    }
    return Language::English;
}

} // namespace

void printError(const QString &message)
{
    std::fprintf(stderr, "tigerscope: %s\n", message.toUtf8().constData());
    std::fflush(stderr);
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

std::unique_ptr<Database> openDatabaseFor(const GlobalOptions &global)
{
    QString error;
    auto database = Database::open({global.dataDir, {}, true}, &error);
    if (!database) {
        printError(error);
        return nullptr;
    }
    for (const DatabaseNotice &notice : database->notices()) {
        if (notice.kind != DatabaseNotice::Kind::Created)
            printError(notice.message);
    }
    return database;
}

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<ExportDataCommand>());
    m_commands.push_back(std::make_unique<ImportArticleCommand>());
    m_commands.push_back(std::make_unique<AlignCommand>());
    m_commands.push_back(std::make_unique<ListChartsCommand>());
    m_commands.push_back(std::make_unique<ExportChartCommand>());
    m_commands.push_back(std::make_unique<SuggestFiguresCommand>());
}

CommandLine::~CommandLine() = default;

bool CommandLine::wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (commandNames().contains(argument))
            return true;
        if (argument == "--help"_L1 || argument == "-h"_L1 || argument == "--help-all"_L1 || argument == "--version"_L1
            || argument == "-v"_L1)
            return true;
    }
    return false;
}

void CommandLine::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {u"data-dir"_s, tr("Folder of the user's database (default: the application data folder)."), tr("dir")});
    parser.addOption({u"lang"_s, tr("Interface and output language: en or zh_CN."), tr("language")});
}

GlobalOptions CommandLine::globalOptions(const QCommandLineParser &parser)
{
    return {parser.value(u"data-dir"_s), parser.value(u"lang"_s)};
}

bool CommandLine::parseWindowOptions(const QStringList &arguments, GlobalOptions *options, QString *error)
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    *options = globalOptions(parser);
    return true;
}

QString CommandLine::helpText() const
{
    QString text = tr("Usage: tigerscope [--data-dir DIR] [--lang en|zh_CN] [COMMAND [options]]\n"
                      "Tigerscope explores China's AI model companies after DeepSeek, every figure cited.\n"
                      "Without a command it opens the window.\n\nCommands:\n");
    for (const auto &command : m_commands)
        text += u"  %1  %2\n"_s.arg(command->name().leftJustified(16), command->summary());
    text += tr("\nGlobal options:\n"
               "  --data-dir DIR     Folder of the user's database.\n"
               "  --lang LANGUAGE    en or zh_CN.\n"
               "  -h, --help         Show this help, or a command's help after its name.\n"
               "  -v, --version      Show the version.\n");
    return text;
}

int CommandLine::run(const QStringList &arguments)
{
    LanguageManager languages;
    languages.setLanguage(outputLanguage(arguments));

    // Find the command word; everything before it is global.
    qsizetype commandIndex = -1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (commandNames().contains(arguments.at(i))) {
            commandIndex = i;
            break;
        }
        if (arguments.at(i) == "--data-dir"_L1 || arguments.at(i) == "--lang"_L1)
            ++i; // skip the option's value
    }

    if (commandIndex < 0) {
        QCommandLineParser parser;
        addGlobalOptions(parser);
        const QCommandLineOption help({u"h"_s, u"help"_s, u"help-all"_s}, tr("Show this help."));
        const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version."));
        parser.addOption(help);
        parser.addOption(version);
        if (!parser.parse(arguments)) {
            printError(parser.errorText());
            return ExitUsage;
        }
        if (parser.isSet(version)) {
            printOut(u"tigerscope %1\n"_s.arg(QStringLiteral(TIGERSCOPE_VERSION)));
            return ExitOk;
        }
        printOut(helpText());
        return ExitOk;
    }

    Command *command = nullptr;
    for (const auto &candidate : m_commands) {
        if (candidate->name() == arguments.at(commandIndex))
            command = candidate.get();
    }
    if (!command) {
        printError(tr("the command %1 is not available in this build").arg(arguments.at(commandIndex)));
        return ExitUsage;
    }

    QStringList commandArguments = arguments;
    commandArguments.removeAt(commandIndex);
    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    addGlobalOptions(parser);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    command->configure(parser);
    if (!parser.parse(commandArguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(u"tigerscope %1\n"_s.arg(command->name()) + parser.helpText().section(u'\n', 1));
        return ExitOk;
    }
    const GlobalOptions global = globalOptions(parser);
    if (!global.lang.isEmpty() && global.lang != "en"_L1 && global.lang != "zh_CN"_L1) {
        printError(tr("unknown language %1 (use en or zh_CN)").arg(global.lang));
        return ExitUsage;
    }
    return command->run(parser, global);
}

} // namespace tigerscope
