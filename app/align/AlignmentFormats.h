#pragma once

#include "Alignment.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace tigerscope {

/// The ways an alignment is written out, by `tigerscope align --format` and the reader's export.
enum class AlignmentFormat { Json, Tsv, Tmx };

/// "json", "tsv", "tmx"; empty for anything else.
std::optional<AlignmentFormat> alignmentFormatFromKey(const QString &key);
QString alignmentFormatKey(AlignmentFormat format);

/// The alignment in format over the paragraph texts it indexes (JSON holds indices only).
/// TSV: one bead a line, the Chinese paragraphs, a tab, the English ones (a side's paragraphs
/// joined by a space; tabs and line breaks inside a paragraph become spaces; a one-sided bead has
/// an empty side). TMX 1.4b: one <tu> per bead with both sides, its confidence and its paragraph
/// numbers (from 1) as <prop>s.
QByteArray writeAlignment(AlignmentFormat format, const Alignment &alignment, const QStringList &zh,
                          const QStringList &en);

} // namespace tigerscope
