#pragma once

#include "Command.h"

#include <memory>

namespace tigerscope {

class ChartRenderer;

/// `tigerscope export-data [--format json|csv] [--out PATH]`: the whole dataset.
std::unique_ptr<Command> makeExportDataCommand();

/// `tigerscope import-article FILE [FILE...] [--pair]`: stores article files in the user's database,
/// one line per article on stdout: "imported|unchanged TAB ID TAB KEY-or-- TAB LANGS TAB zh=N en=M
/// TAB TITLE" (see docs/command-line.md).
std::unique_ptr<Command> makeImportArticleCommand();

/// `tigerscope align --zh FILE --en FILE [--format json|tsv|tmx]`: pairs the paragraphs (non-empty
/// lines) of a Chinese text with those of its English translation and prints the alignment on stdout.
std::unique_ptr<Command> makeAlignCommand();

/// `tigerscope list-charts [--lang en|zh_CN]`: one "id<TAB>title" line per catalogue chart.
std::unique_ptr<Command> makeListChartsCommand();

/// `tigerscope export-chart --chart ID --out FILE.png|.svg|.pdf [--width W] [--height H]
/// [--scale S] [--theme light|dark|print]`: renders a catalogue chart from the database without a
/// display, in the --lang language, and writes it atomically. Without a renderer it fails with a message.
std::unique_ptr<Command> makeExportChartCommand(const ChartRenderer *renderer);

/// `tigerscope suggest-figures ARTICLE [--format json|tsv] [--all]`: the figures FigureSuggester
/// proposes for an imported article; without --all only those the dataset does not yet record.
std::unique_ptr<Command> makeSuggestFiguresCommand();

} // namespace tigerscope
