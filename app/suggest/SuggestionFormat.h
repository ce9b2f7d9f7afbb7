#pragma once

#include "FigureSuggestion.h"

#include <QByteArray>
#include <QList>

namespace tigerscope {

/// The output of `tigerscope suggest-figures` (docs/command-line.md): paragraphs are counted from
/// 1, as people read them.
namespace SuggestionFormat {

/// A JSON array of objects: company, metric, value, value_high, unit, currency, qualifier, as_of,
/// as_of_precision, lang, paragraph, printed, counterpart ({lang, paragraph, printed} or null),
/// confidence, recorded.
QByteArray toJson(const QList<FigureSuggestion> &suggestions);

/// The same fields, tab-separated, one suggestion a line after a header line; the counterpart in
/// three columns; empty cells for null.
QByteArray toTsv(const QList<FigureSuggestion> &suggestions);

} // namespace SuggestionFormat

} // namespace tigerscope
