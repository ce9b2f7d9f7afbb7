#pragma once

#include "Language.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tigerscope {

/// One sentence of a paragraph list: where it stands and what it says.
struct Sentence
{
    int paragraph = 0;   ///< 0-based index of its paragraph
    qsizetype start = 0; ///< offset in the paragraph, UTF-16 code units
    QString text;        ///< trimmed
    bool endsParagraph = false;
    bool wholeParagraph = false; ///< the paragraph holds this sentence only (a heading, a chrome line)
    bool terminated = false;     ///< ends with a full stop, question or exclamation mark (quotes aside)
};

/// Cuts paragraphs into sentences with ICU's sentence BreakIterator. Chinese sentences end at 。！？
/// and at an ellipsis (……) that another sentence follows, closing quotes and brackets staying with
/// their sentence; English abbreviations ("Mr.", "U.S.") do not end one.
class SentenceSplitter
{
public:
    /// Every sentence of every paragraph, in reading order; an empty paragraph gives none.
    static QList<Sentence> split(const QStringList &paragraphs, Language language);
    /// The sentences of one text.
    static QStringList sentences(const QString &paragraph, Language language);
};

} // namespace tigerscope
