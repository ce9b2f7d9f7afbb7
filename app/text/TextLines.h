#pragma once

#include <QList>
#include <QString>

namespace tigerscope {

/// A non-empty line of an article file, with what its Markdown syntax said about it.
struct SourceLine
{
    QString text;
    int lineNumber = 0;   ///< 1-based, in the normalised file.
    int headingLevel = 0; ///< 1–6 for a Markdown heading, 0 otherwise.
    bool image = false;   ///< A Markdown image standing alone: text is its description.
    bool code = false;    ///< Inside a Markdown code block: kept verbatim.
    int page = 0;         ///< 1-based PDF page; 0 for files without pages.
};

/// Splits decoded text into its non-empty lines: NFC, any line ending, no surrounding white space.
class TextLines
{
public:
    static QList<SourceLine> split(const QString &text);
};

} // namespace tigerscope
