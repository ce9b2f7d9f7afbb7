#include "ReaderDocumentBuilder.h"

#include "AlignedParagraphModel.h"
#include "EntityLexicon.h"
#include "FontFamilies.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

QColor mutedColor()
{
    return QGuiApplication::palette().color(QPalette::Disabled, QPalette::WindowText).darker(110);
}

QColor uncertainColor()
{
    return QColor(0xd0, 0x6a, 0x00);
}

QString kindLabel(const QString &kind)
{
    if (kind == "title"_L1)
        return ReaderDocumentBuilder::tr("title");
    if (kind == "meta"_L1)
        return ReaderDocumentBuilder::tr("byline or date");
    if (kind == "heading"_L1)
        return ReaderDocumentBuilder::tr("heading");
    if (kind == "chrome"_L1)
        return ReaderDocumentBuilder::tr("page furniture");
    return {};
}

} // namespace

/// The state of one build: the cursor's formats and the ranges written so far.
class ReaderDocumentBuilder::Writer
{
public:
    Writer(const ReaderDocumentBuilder &builder, const Options &options, bool bilingual)
        : m_model(builder.m_model)
        , m_lexicon(builder.m_lexicon)
        , m_options(options)
        , m_bilingual(bilingual)
    {
        for (int r = 0; r < m_model.rowCount(); ++r) {
            ReaderRow row = m_model.row(r);
            if (m_options.hideChrome) {
                const auto isChrome = [this](const QString &lang) {
                    return [this, lang](int index) {
                        return m_model.paragraph(lang, index).kind == ParagraphKind::Chrome;
                    };
                };
                row.zh.removeIf(isChrome(u"zh"_s));
                row.en.removeIf(isChrome(u"en"_s));
                if (row.zh.isEmpty() && row.en.isEmpty())
                    continue;
            }
            m_rows.append(row);
        }
    }

    QTextCharFormat baseFormat(const QString &lang, ParagraphKind kind, bool oneSided) const
    {
        QTextCharFormat format;
        format.setFontFamilies(fontFamilies(lang));
        qreal size = m_options.pointSize;
        switch (kind) {
        case ParagraphKind::Title:
            size *= 1.35;
            format.setFontWeight(QFont::Bold);
            break;
        case ParagraphKind::Heading:
            size *= 1.12;
            format.setFontWeight(QFont::Bold);
            break;
        case ParagraphKind::Meta:
        case ParagraphKind::Chrome: size *= 0.9; break;
        case ParagraphKind::Body: break;
        }
        format.setFontPointSize(size);
        if (oneSided || kind == ParagraphKind::Meta || kind == ParagraphKind::Chrome)
            format.setForeground(mutedColor());
        return format;
    }

    QTextCharFormat labelFormat() const
    {
        QTextCharFormat format;
        format.setFontFamilies(fontFamilies(u"en"_s));
        format.setFontPointSize(m_options.pointSize * 0.78);
        format.setFontItalic(true);
        format.setForeground(mutedColor());
        return format;
    }

    static QTextBlockFormat blockFormat(qreal top, qreal left = 0)
    {
        QTextBlockFormat format;
        format.setTopMargin(top);
        format.setBottomMargin(2);
        format.setLeftMargin(left);
        format.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
        return format;
    }

    /// Writes one paragraph at the cursor, in the current block.
    void writeParagraph(QTextCursor &cursor, const QString &lang, int index, bool oneSided)
    {
        const StoredParagraph paragraph = m_model.paragraph(lang, index);
        const QString &text = paragraph.text;
        const QTextCharFormat base = baseFormat(lang, paragraph.kind, oneSided && m_bilingual);

        // What each character is: part of a name (entity index), of a cited figure, or neither.
        QList<int> entity(text.size(), -1);
        for (const EntityMention &mention : m_lexicon.find(text)) {
            for (qsizetype i = mention.start; i < mention.start + mention.length; ++i)
                entity[i] = mention.entity;
        }
        QList<bool> cited(text.size(), false);
        for (const ParagraphSpan &span : m_options.citedFigures) {
            if (span.lang != lang || span.paragraph != index)
                continue;
            for (qsizetype i = span.start; i < std::min(text.size(), span.start + span.length); ++i)
                cited[i] = true;
        }

        const int start = cursor.position();
        qsizetype from = 0;
        while (from < text.size()) {
            qsizetype to = from + 1;
            while (to < text.size() && entity.at(to) == entity.at(from) && cited.at(to) == cited.at(from))
                ++to;
            QTextCharFormat format = base;
            if (entity.at(from) >= 0) {
                const Entity &e = m_lexicon.entities().at(entity.at(from));
                format.setAnchor(true);
                format.setAnchorHref(entityScheme() + u':'
                                     + (e.kind == Entity::Kind::Company ? u"company/"_s : u"person/"_s) + e.id);
                format.setForeground(e.kind == Entity::Kind::Company ? QColor(0x1a, 0x5f, 0xb4)
                                                                     : QColor(0x6a, 0x3d, 0x9a));
                format.setFontUnderline(true);
                format.setUnderlineStyle(e.kind == Entity::Kind::Company ? QTextCharFormat::SingleUnderline
                                                                         : QTextCharFormat::DotLine);
            }
            if (cited.at(from)) {
                format.setBackground(QColor(0xff, 0xe8, 0xa8));
                format.setToolTip(tr("A figure the dataset cites"));
            }
            cursor.insertText(text.mid(from, to - from), format);
            from = to;
        }
        m_ranges.append({lang, index, start, cursor.position()});
    }

    void writeLabel(QTextCursor &cursor, const QString &text) { cursor.insertText(text, labelFormat()); }

    /// The margin mark of a pair the aligner is unsure of, its confidence in the tooltip.
    void writeUncertainMark(QTextCursor &cursor, const ReaderRow &row)
    {
        QTextCharFormat format = labelFormat();
        format.setFontItalic(false);
        format.setFontWeight(QFont::Bold);
        format.setForeground(uncertainColor());
        format.setToolTip(AlignedParagraphModel::confidenceText(row.confidence));
        cursor.insertText(uncertainMark(row.confidence), format);
    }

    /// A cell's or a row's paragraphs in one language, each in its own block.
    void writeParagraphs(QTextCursor &cursor, const QString &lang, const QList<int> &indexes, bool oneSided, qreal top,
                         qreal left, bool &firstBlock)
    {
        for (int index : indexes) {
            const QTextBlockFormat block = blockFormat(firstBlock ? top : 4, left);
            if (firstBlock && !m_blockUsed) {
                cursor.setBlockFormat(block);
            } else {
                cursor.insertBlock(block);
            }
            m_blockUsed = true;
            firstBlock = false;
            if (oneSided && m_bilingual) {
                writeLabel(cursor, oneSidedLabel(lang, toString(m_model.paragraph(lang, index).kind)));
                cursor.insertBlock(blockFormat(0, left));
            }
            writeParagraph(cursor, lang, index, oneSided);
        }
    }

    void writeSideBySide(QTextCursor &cursor)
    {
        const int rows = int(m_rows.size());
        QTextTableFormat tableFormat;
        tableFormat.setBorder(0);
        tableFormat.setCellPadding(6);
        tableFormat.setCellSpacing(0);
        tableFormat.setHeaderRowCount(1);
        tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        tableFormat.setColumnWidthConstraints(
            {QTextLength(QTextLength::PercentageLength, 50), QTextLength(QTextLength::PercentageLength, 50)});
        QTextTable *table = cursor.insertTable(rows + 1, 2, tableFormat);
        QTextCharFormat header = labelFormat();
        header.setFontItalic(false);
        header.setFontWeight(QFont::Bold);
        header.setFontPointSize(m_options.pointSize * 0.9);
        QTextCursor headerCursor = table->cellAt(0, 0).firstCursorPosition();
        headerCursor.insertText(tr("Chinese"), header);
        headerCursor = table->cellAt(0, 1).firstCursorPosition();
        headerCursor.insertText(tr("English"), header);

        QTextTableCellFormat cellFormat;
        cellFormat.setBottomBorder(0.6);
        cellFormat.setBottomBorderBrush(QColor(0xdd, 0xdd, 0xdd));
        cellFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        for (int r = 0; r < rows; ++r) {
            const ReaderRow &row = m_rows.at(r);
            for (int column = 0; column < 2; ++column) {
                QTextTableCell cell = table->cellAt(r + 1, column);
                cell.setFormat(cellFormat);
                QTextCursor cellCursor = cell.firstCursorPosition();
                const QString lang = column == 0 ? u"zh"_s : u"en"_s;
                const QList<int> &indexes = column == 0 ? row.zh : row.en;
                if (indexes.isEmpty()) {
                    // The other language's paragraph is labelled here, so the row reads as one-sided.
                    const QList<int> &other = column == 0 ? row.en : row.zh;
                    const QString otherLang = column == 0 ? u"en"_s : u"zh"_s;
                    if (!other.isEmpty())
                        writeLabel(
                            cellCursor,
                            oneSidedLabel(otherLang, toString(m_model.paragraph(otherLang, other.first()).kind)));
                    continue;
                }
                m_blockUsed = false;
                bool first = true;
                if (row.isUncertain()) {
                    QTextTableCellFormat marked = cellFormat;
                    marked.setLeftBorder(3);
                    marked.setLeftBorderBrush(uncertainColor());
                    marked.setLeftBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                    cell.setFormat(marked);
                    if (column == 0) {
                        cellCursor.setBlockFormat(blockFormat(0));
                        writeUncertainMark(cellCursor, row);
                        first = false;
                    }
                }
                for (int index : indexes) {
                    if (!first)
                        cellCursor.insertBlock(blockFormat(6));
                    else
                        cellCursor.setBlockFormat(blockFormat(0));
                    first = false;
                    writeParagraph(cellCursor, lang, index, !row.isPair());
                }
            }
        }
    }

    void writeInterleaved(QTextCursor &cursor)
    {
        for (const ReaderRow &row : m_rows) {
            bool first = true;
            if (row.isUncertain()) {
                if (m_blockUsed)
                    cursor.insertBlock(blockFormat(14));
                else
                    cursor.setBlockFormat(blockFormat(14));
                m_blockUsed = true;
                writeUncertainMark(cursor, row);
                first = false;
            }
            writeParagraphs(cursor, u"zh"_s, row.zh, !row.isPair(), 14, 0, first);
            // The counterpart indented under its original.
            writeParagraphs(cursor, u"en"_s, row.en, !row.isPair(), first ? 14 : 4, row.isPair() ? 18 : 0, first);
        }
    }

    void writeOneLanguage(QTextCursor &cursor, const QString &lang)
    {
        bool first = true;
        for (const ReaderRow &row : m_rows) {
            const QList<int> &indexes = lang == "zh"_L1 ? row.zh : row.en;
            bool rowFirst = true;
            writeParagraphs(cursor, lang, indexes, !row.isPair(), first ? 0 : 10, 0, rowFirst);
            if (!indexes.isEmpty())
                first = false;
        }
    }

    QList<ParagraphRange> ranges() const { return m_ranges; }

private:
    const AlignedParagraphModel &m_model;
    const EntityLexicon &m_lexicon;
    const Options &m_options;
    bool m_bilingual;
    bool m_blockUsed = false; ///< the document's first block holds a paragraph already
    QList<ReaderRow> m_rows;  ///< the rows shown: without chrome when it is hidden
    QList<ParagraphRange> m_ranges;
};

ReaderDocumentBuilder::ReaderDocumentBuilder(const AlignedParagraphModel &model, const EntityLexicon &lexicon)
    : m_model(model)
    , m_lexicon(lexicon)
{}

QString ReaderDocumentBuilder::entityScheme()
{
    return u"tigerscope-entity"_s;
}

QStringList ReaderDocumentBuilder::fontFamilies(const QString &lang)
{
    return lang == "zh"_L1 ? FontFamilies::cjkFirst() : FontFamilies::latinFirst();
}

QString ReaderDocumentBuilder::uncertainMark(double confidence)
{
    return tr("⚠ uncertain · %1%").arg(qRound(confidence * 100));
}

QString ReaderDocumentBuilder::oneSidedLabel(const QString &lang, const QString &kind)
{
    const QString side = lang == "zh"_L1 ? tr("Chinese only") : tr("English only");
    const QString what = kindLabel(kind);
    return what.isEmpty() ? side : side + u" · "_s + what;
}

QList<ParagraphRange> ReaderDocumentBuilder::build(QTextDocument *document, const Options &options) const
{
    document->clear();
    QFont font = document->defaultFont();
    font.setFamilies(fontFamilies(options.language));
    font.setPointSizeF(options.pointSize);
    document->setDefaultFont(font);
    document->setDocumentMargin(12);
    const bool bilingual = !m_model.paragraphs(u"zh"_s).isEmpty() && !m_model.paragraphs(u"en"_s).isEmpty();
    Writer writer(*this, options, bilingual);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    if (!bilingual) {
        writer.writeOneLanguage(cursor, m_model.paragraphs(u"zh"_s).isEmpty() ? u"en"_s : u"zh"_s);
    } else {
        switch (options.mode) {
        case ReaderMode::SideBySide: writer.writeSideBySide(cursor); break;
        case ReaderMode::Interleaved: writer.writeInterleaved(cursor); break;
        case ReaderMode::OneLanguage: writer.writeOneLanguage(cursor, options.language); break;
        }
    }
    cursor.endEditBlock();
    return writer.ranges();
}

} // namespace tigerscope
