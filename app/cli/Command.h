#pragma once

#include "Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace tigerscope {

class Database;

/// Options every command (and the window) accepts.
struct GlobalOptions
{
    QString dataDir; ///< empty: the platform's application data folder
    QString lang;    ///< "en" or "zh_CN"; empty: the saved choice or the system's

    /// The language of what a command writes: --lang, English without it, so that scripts get stable text.
    Language outputLanguage() const { return lang.isEmpty() ? Language::English : languageFromCode(lang); }
};

/// One headless job of the command line: `tigerscope NAME [options] [arguments]`.
/// A command is built once the output language is chosen: its summary is translated.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    Command(QString name, QString summary)
        : m_name(std::move(name))
        , m_summary(std::move(summary))
    {}
    virtual ~Command() = default;
    QString name() const { return m_name; }
    QString summary() const { return m_summary; }
    /// Adds the command's own options and positional arguments to the parser; none by default.
    virtual void configure(QCommandLineParser &) const {}
    /// Runs with the parsed options; returns the process exit code.
    virtual int run(const QCommandLineParser &parser, const GlobalOptions &global) const = 0;

private:
    QString m_name;
    QString m_summary;
};

/// Exit codes shared by the commands (documented in docs/command-line.md).
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// Writes one line "tigerscope: message" to stderr.
void printError(const QString &message);
/// Writes text to stdout as UTF-8.
void printOut(const QString &text);
/// Says "unexpected argument X" on stderr when the command line holds more than `allowed`
/// positional arguments; true when it did (a usage error).
bool tooManyArguments(const QCommandLineParser &parser, qsizetype allowed = 0);
/// The value of --format when it is one of formats; otherwise says unknownFormat (its %1 the value
/// given) on stderr and gives nothing (a usage error).
std::optional<QString> formatOption(const QCommandLineParser &parser, const QStringList &formats,
                                    const QString &unknownFormat);

/// Opens the user's data for a command. Says on stderr why it cannot be opened, or what happened
/// to the user's database on the way (moved aside, upgraded, read-only); null on failure.
std::unique_ptr<Database> openDatabaseFor(const GlobalOptions &global);

} // namespace tigerscope
