#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace tigerscope {

class ChartRenderer;

/// Parses `tigerscope [global options] [COMMAND [options]]` and runs the command.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    /// `chartRenderer` draws export-chart's charts (composed in by main.cpp, which links the
    /// chart library); without one export-chart fails with a message.
    explicit CommandLine(const ChartRenderer *chartRenderer = nullptr);
    ~CommandLine();

    /// True when argv asks for a headless job (a command, --help or --version) rather than the
    /// window. Decided before any application object exists, to pick the platform.
    static bool wantsHeadless(int argc, char **argv);
    /// True when argv holds --verbose before any "--".
    static bool wantsVerbose(int argc, char **argv);
    /// The usage error for an argument that is not UTF-8 (a file name Qt cannot name); empty when
    /// every argument is.
    static QString undecodableArgument(int argc, char **argv);

    /// Runs the headless job the arguments name; returns the exit code.
    int run(const QStringList &arguments);

    /// The global options of a window launch; false with *error on unknown options.
    static bool parseWindowOptions(const QStringList &arguments, GlobalOptions *options, QString *error);

private:
    static void addGlobalOptions(QCommandLineParser &parser);
    static GlobalOptions globalOptions(const QCommandLineParser &parser);
    /// Why the global options cannot be used (an empty --data-dir, an unknown language); empty when fine.
    static QString globalOptionsError(const QCommandLineParser &parser);
    static QString usageError(const QString &message);
    static QString versionText();
    QString helpText() const;
    const Command *findCommand(const QString &name) const;
    int dispatch(const QStringList &arguments);
    int runWithoutCommand(const QStringList &arguments);

    const ChartRenderer *m_chartRenderer;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace tigerscope
