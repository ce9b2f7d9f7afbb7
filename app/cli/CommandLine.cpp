#include "CommandLine.h"

#include "Commands.h"
#include "ConsoleOutput.h"

#include "Database.h"
#include "LanguageManager.h"

#include <QCommandLineParser>

#include <cstdio>
#include <exception>
#include <new>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// The language --lang asks for, from the raw arguments: it applies to everything printed, the help
/// too, so it is needed before parsing. English without it, so that scripts get stable text.
Language outputLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size() && arguments.at(i) != "--"_L1; ++i) {
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
    // One line, whatever the message carries: a line break from a file name would split it.
    QString line = ConsoleOutput::printable(message);
    line.replace(u'\n', u' ');
    std::fprintf(stderr, "tigerscope: %s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

void printOut(const QString &text)
{
    ConsoleOutput::writeRaw(ConsoleOutput::printable(text).toUtf8());
}

bool tooManyArguments(const QCommandLineParser &parser, qsizetype allowed)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() <= allowed)
        return false;
    printError(Command::tr("unexpected argument %1").arg(arguments.at(allowed)));
    return true;
}

std::optional<QString> formatOption(const QCommandLineParser &parser, const QStringList &formats,
                                    const QString &unknownFormat)
{
    const QString format = parser.value(u"format"_s);
    if (formats.contains(format))
        return format;
    printError(unknownFormat.arg(format));
    return std::nullopt;
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

CommandLine::CommandLine(const ChartRenderer *chartRenderer)
    : m_chartRenderer(chartRenderer)
{}

CommandLine::~CommandLine() = default;

bool CommandLine::wantsHeadless(int argc, char **argv)
{
    // Only the global options mean the window; anything else, a mistyped command too, gets its
    // answer on the terminal rather than a window nobody asked for.
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--data-dir" || argument == "--lang")
            ++i;
        else if (!argument.startsWith("--data-dir=") && !argument.startsWith("--lang=") && argument != "--verbose")
            return true;
    }
    return false;
}

bool CommandLine::wantsVerbose(int argc, char **argv)
{
    for (int i = 1; i < argc && qstrcmp(argv[i], "--") != 0; ++i) {
        if (qstrcmp(argv[i], "--verbose") == 0)
            return true;
    }
    return false;
}

QString CommandLine::undecodableArgument(int argc, char **argv)
{
#ifndef Q_OS_WIN
    for (int i = 1; i < argc; ++i) {
        const QByteArray raw(argv[i]);
        if (QString::fromUtf8(raw).toUtf8() == raw)
            continue;
        QString shown;
        for (const char byte : raw)
            shown += uchar(byte) < 0x80 ? QString(QLatin1Char(byte))
                                        : u"\\x%1"_s.arg(uint(uchar(byte)), 2, 16, QChar(u'0'));
        return tr("the argument %1 is not valid UTF-8; Tigerscope reads file names as UTF-8: rename the file")
            .arg(shown);
    }
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
#endif
    return {};
}

void CommandLine::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {u"data-dir"_s, tr("Folder of the user's database (default: the application data folder)."), tr("dir")});
    parser.addOption({u"lang"_s, tr("Interface and output language: en or zh_CN."), tr("language")});
    parser.addOption({u"verbose"_s, tr("Also print Qt's own messages.")});
}

GlobalOptions CommandLine::globalOptions(const QCommandLineParser &parser)
{
    return {parser.value(u"data-dir"_s), parser.value(u"lang"_s)};
}

QString CommandLine::globalOptionsError(const QCommandLineParser &parser)
{
    if (parser.isSet(u"data-dir"_s) && parser.value(u"data-dir"_s).trimmed().isEmpty())
        return tr("--data-dir needs a folder; an empty name is not one");
    const QString lang = parser.value(u"lang"_s);
    if (!lang.isEmpty() && lang != "en"_L1 && lang != "zh_CN"_L1)
        return tr("unknown language %1 (use en or zh_CN)").arg(lang);
    return {};
}

QString CommandLine::usageError(const QString &message)
{
    return tr("%1 (see tigerscope --help)").arg(message);
}

bool CommandLine::parseWindowOptions(const QStringList &arguments, GlobalOptions *options, QString *error)
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (const QString problem = globalOptionsError(parser); !problem.isEmpty()) {
        *error = problem;
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
               "  --verbose          Also print Qt's own messages.\n"
               "  -h, --help         Show this help, or a command's help after its name.\n"
               "  -v, --version      Show the version.\n"
               "  --                 Ends the options: what follows are file names, even those starting with -.\n");
    return text;
}

int CommandLine::run(const QStringList &arguments)
{
    LanguageManager languages;
    languages.setLanguage(outputLanguage(arguments));
    // Built in the output language: a command's summary is translated once.
    m_commands.clear();
    m_commands.push_back(makeExportDataCommand());
    m_commands.push_back(makeImportArticleCommand());
    m_commands.push_back(makeAlignCommand());
    m_commands.push_back(makeListChartsCommand());
    m_commands.push_back(makeExportChartCommand(m_chartRenderer));
    m_commands.push_back(makeSuggestFiguresCommand());
    const int code = dispatch(arguments);
    if (!ConsoleOutput::standardOutputOk()) {
        printError(tr("cannot write to standard output: %1").arg(ConsoleOutput::lastWriteError()));
        return ExitFailure;
    }
    return code;
}

int CommandLine::runWithoutCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    const QCommandLineOption help({u"h"_s, u"help"_s, u"help-all"_s}, tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    if (!parser.parse(arguments)) {
        printError(usageError(parser.errorText()));
        return ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty() && !parser.isSet(help) && !parser.isSet(version)) {
        printError(usageError(tr("unknown command %1").arg(parser.positionalArguments().constFirst())));
        return ExitUsage;
    }
    if (const QString problem = globalOptionsError(parser); !problem.isEmpty()) {
        printError(usageError(problem));
        return ExitUsage;
    }
    printOut(parser.isSet(version) ? versionText() : helpText());
    return ExitOk;
}

QString CommandLine::versionText()
{
    return u"tigerscope %1\n"_s.arg(QStringLiteral(TIGERSCOPE_VERSION));
}

const Command *CommandLine::findCommand(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

int CommandLine::dispatch(const QStringList &arguments)
{
    // Find the command word; everything before it is global, and nothing after "--" is a command.
    qsizetype commandIndex = -1;
    const Command *command = nullptr;
    for (qsizetype i = 1; i < arguments.size() && arguments.at(i) != "--"_L1 && !command; ++i) {
        command = findCommand(arguments.at(i));
        if (command)
            commandIndex = i;
        else if (arguments.at(i) == "--data-dir"_L1 || arguments.at(i) == "--lang"_L1)
            ++i; // skip the option's value
    }
    if (!command)
        return runWithoutCommand(arguments);

    QStringList commandArguments = arguments;
    commandArguments.removeAt(commandIndex);
    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    addGlobalOptions(parser);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    command->configure(parser);
    if (!parser.parse(commandArguments)) {
        printError(usageError(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(version)) {
        printOut(versionText());
        return ExitOk;
    }
    if (parser.isSet(help)) {
        printOut(u"tigerscope %1\n"_s.arg(command->name()) + parser.helpText().section(u'\n', 1));
        return ExitOk;
    }
    if (const QString problem = globalOptionsError(parser); !problem.isEmpty()) {
        printError(usageError(problem));
        return ExitUsage;
    }
    try {
        return command->run(parser, globalOptions(parser));
    } catch (const std::bad_alloc &) {
        // A job too large for this machine ends with one line, not an abort.
        printError(tr("%1 ran out of memory; nothing more was written").arg(command->name()));
    } catch (const std::exception &failure) {
        printError(tr("%1 failed: %2").arg(command->name(), QString::fromLocal8Bit(failure.what())));
    }
    return ExitFailure;
}

} // namespace tigerscope
