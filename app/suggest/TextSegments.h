#pragma once

#include "EntityLexicon.h"

#include <QList>
#include <QString>

#include <functional>

namespace tigerscope {

struct Alignment;

/// A stretch of a paragraph, in UTF-16 code units.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
};

/// The pieces of a paragraph the suggester reads a figure's context from: its sentence (Unicode
/// sentence boundaries), its clause (the sentence cut at commas, semicolons and colons), and the
/// paragraph it is aligned with.
namespace TextSegments {

/// Added to the distance of a cue outside the figure's clause, so a cue beside it wins.
constexpr qsizetype OtherClausePenalty = 40;
/// Added to the distance of an English cue printed after the figure.
constexpr qsizetype FollowingCuePenalty = 8;

/// Whether the figure at [position, position + length) is part of a time of day ("19:00").
bool isClockTime(const QString &text, qsizetype position, qsizetype length);

TextSpan sentenceAt(const QString &text, qsizetype position);
TextSpan clauseAt(const QString &text, const TextSpan &sentence, qsizetype position);

/// The company mentioned most often (the first of equals), or empty.
QString mostFrequent(const QList<EntityMention> &mentions, const std::function<QString(int entity)> &companyOf);

/// The other language's paragraphs aligned with paragraph index of lang.
QList<int> counterparts(const Alignment &alignment, const QString &lang, int index);

} // namespace TextSegments

} // namespace tigerscope
