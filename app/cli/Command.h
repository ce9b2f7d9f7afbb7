#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace tigerscope {

class Database;

/// Options every command (and the window) accepts.
struct GlobalOptions
{
    QString dataDir; ///< empty: the platform's application data folder
    QString lang;    ///< "en" or "zh_CN"; empty: the saved choice or the system's
};

/// One headless job of the command line: `tigerscope NAME [options] [arguments]`.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    /// Adds the command's own options and positional arguments to the parser.
    virtual void configure(QCommandLineParser &parser) const = 0;
    /// Runs with the parsed options; returns the process exit code.
    virtual int run(const QCommandLineParser &parser, const GlobalOptions &global) const = 0;
};

/// Exit codes shared by the commands (documented in docs/command-line.md).
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// Writes one line "tigerscope: message" to stderr.
void printError(const QString &message);
/// Writes text to stdout as UTF-8.
void printOut(const QString &text);

/// Opens the user's data for a command. Says on stderr why it cannot be opened, or what happened
/// to the user's database on the way (moved aside, upgraded, read-only); null on failure.
std::unique_ptr<Database> openDatabaseFor(const GlobalOptions &global);

} // namespace tigerscope
