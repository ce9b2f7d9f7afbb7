#pragma once

#include "TextLines.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace tigerscope {

/// A PDF's text as paragraphs, or why it has none.
struct PdfText
{
    QList<SourceLine> paragraphs; ///< One per paragraph, each with its page; lineNumber counts them from 1.
    QString title;                ///< The document information's title; may be empty.
    QString author;
    QString error; ///< Translated; set when the file gives no text.
};

/// Reads the text of a PDF through Poppler (in the plugin tigerscope_pdf, see PdfWords.h), page by
/// page, and rebuilds paragraphs from the line layout: lines join unless a gap, an indent, a short
/// last line or a change of size parts them; words hyphenated across lines are joined, CJK lines
/// joined without spaces; running headers and footers (text repeated at the top or bottom of pages)
/// and page numbers are dropped.
class PdfReader
{
    Q_DECLARE_TR_FUNCTIONS(PdfReader)

public:
    static bool looksLikePdf(QByteArrayView bytes);

    /// @p progress is told of each page read.
    static PdfText read(const QByteArray &bytes, const std::function<void(int done, int total)> &progress = {});
};

} // namespace tigerscope
