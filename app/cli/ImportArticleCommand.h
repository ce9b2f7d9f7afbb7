#pragma once

#include "Command.h"

namespace tigerscope {

struct ImportResult;

/// `tigerscope import-article FILE [FILE...] [--pair]`: stores article files in the user's
/// database, one line per article on stdout (see docs/command-line.md).
class ImportArticleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportArticleCommand)
public:
    QString name() const override;
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const GlobalOptions &global) const override;

    /// The stdout line for one article:
    /// "imported|unchanged TAB ID TAB KEY-or-- TAB LANGS TAB zh=N en=M TAB TITLE\n".
    static QString resultLine(const ImportResult &result);
};

} // namespace tigerscope
