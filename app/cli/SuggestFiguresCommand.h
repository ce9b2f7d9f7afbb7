#pragma once

#include "Command.h"

namespace tigerscope {

/// `tigerscope suggest-figures ARTICLE [--format json|tsv] [--all]`: the figures FigureSuggester
/// proposes for an imported article; without --all only those the dataset does not yet record.
class SuggestFiguresCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SuggestFiguresCommand)
public:
    QString name() const override;
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const GlobalOptions &global) const override;
};

} // namespace tigerscope
