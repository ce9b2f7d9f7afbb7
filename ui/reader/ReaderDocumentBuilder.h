#pragma once

#include "CitationLocator.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QList>
#include <QString>

class QTextDocument;

namespace tigerscope {

class AlignedParagraphModel;
class EntityLexicon;

/// How the reader lays out an article.
enum class ReaderMode { SideBySide, Interleaved, OneLanguage };

/// Where one paragraph sits in the reader's document.
struct ParagraphRange
{
    QString lang;
    int index = -1;
    int start = 0; ///< document position of its first character
    int end = 0;   ///< one past its last character
};

/// Writes an article into a QTextDocument for one reading mode: a two-column table of aligned rows,
/// paragraphs each followed by their counterpart, or one language. Text goes in through
/// QTextCursor::insertText with character formats only, so nothing in an imported file is ever
/// read as HTML. Paragraphs in one language only are muted and labelled; names of companies and
/// people become links ("tigerscope-entity:company/zhipu"); figures the dataset cites are marked.
class ReaderDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReaderDocumentBuilder)

public:
    struct Options
    {
        ReaderMode mode = ReaderMode::SideBySide;
        QString language = QStringLiteral("zh"); ///< the language shown in OneLanguage mode
        qreal pointSize = 11.0;
        QList<ParagraphSpan> citedFigures; ///< figures the dataset cites in this article
        bool hideChrome = false;           ///< leaves out paragraphs of page chrome (counters, furniture)
    };

    ReaderDocumentBuilder(const AlignedParagraphModel &model, const EntityLexicon &lexicon);

    /// Replaces document's content; returns the paragraphs' ranges in document order.
    QList<ParagraphRange> build(QTextDocument *document, const Options &options) const;

    /// The font families for text in lang: CJK faces first for Chinese so that its punctuation and
    /// ideographs come from one face, Latin faces first for English with CJK as fallback.
    static QStringList fontFamilies(const QString &lang);
    /// The URL scheme of entity links.
    static QString entityScheme();
    /// The margin mark of an uncertain pair: "⚠ uncertain · 62%".
    static QString uncertainMark(double confidence);
    /// The label of a paragraph present in one language only: "English only · heading".
    static QString oneSidedLabel(const QString &lang, const QString &kind);

private:
    class Writer;

    const AlignedParagraphModel &m_model;
    const EntityLexicon &m_lexicon;
};

} // namespace tigerscope
