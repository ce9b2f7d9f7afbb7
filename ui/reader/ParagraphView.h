#pragma once

#include "CitationLocator.h"
#include "ReaderDocumentBuilder.h"
#include "SettingKeys.h"

#include <QTextBrowser>

namespace tigerscope {

class AlignedParagraphModel;
class EntityLexicon;

/// Shows an aligned article in one of the reader's modes and lets the reader work with paragraphs:
/// hovering or clicking a paragraph highlights it with its counterpart, names are links, a cited
/// figure can be shown in both languages, search terms are marked; zoom and copying a paragraph.
/// Loads nothing: every resource request is refused, so no file can make it reach the network.
class ParagraphView : public QTextBrowser
{
    Q_OBJECT

public:
    ParagraphView(const AlignedParagraphModel &model, const EntityLexicon &lexicon, QWidget *parent = nullptr);

    /// Lays the model's article out again (after a new article, mode, language or zoom).
    void rebuild();
    void setMode(ReaderMode mode);
    ReaderMode mode() const { return m_options.mode; }
    /// The language of OneLanguage mode: "zh" or "en".
    void setLanguage(const QString &lang);
    QString language() const { return m_options.language; }
    void setCitedFigures(const QList<ParagraphSpan> &spans);
    /// Leaves page chrome (counters, lines marked as chrome) out of the text, or shows it again.
    void setHideChrome(bool hide);
    bool hidesChrome() const { return m_options.hideChrome; }

    /// Shows and marks a cited figure: the spans (from CitationLocator) are highlighted and the
    /// first is scrolled into view.
    void showCitation(const QList<ParagraphSpan> &spans);
    QList<ParagraphSpan> citation() const { return m_citation; }
    /// Marks the search's hits in this article; the one at current (-1: none) stands out and is
    /// scrolled into view.
    void setSearchHits(const QList<ParagraphSpan> &hits, int current);
    QList<ParagraphSpan> searchHits() const { return m_searchHits; }
    /// Scrolls to a paragraph and makes it the selected one.
    void scrollToParagraph(const QString &lang, int index);

    /// The paragraph under a viewport position; index -1 when there is none.
    ParagraphRange paragraphAt(const QPoint &viewportPos) const;
    ParagraphRange paragraphRange(const QString &lang, int index) const;
    const QList<ParagraphRange> &ranges() const { return m_ranges; }

    /// The paragraph under the mouse or selected, and its counterparts: what is highlighted now.
    QList<ParagraphRange> highlightedParagraphs() const;
    /// Makes a paragraph the selected one (-1 clears), highlighting its counterparts.
    void selectParagraph(const QString &lang, int index);
    ParagraphRange selectedParagraph() const { return m_selected; }

    qreal pointSize() const { return m_options.pointSize; }
    void zoomBy(int steps);
    void resetZoom();

    static constexpr qreal DefaultPointSize = SettingKeys::ReaderPointSize.defaultValue();

    /// The tooltip of the text under a viewport position (a cited figure, an uncertain bead's
    /// confidence); empty when there is none.
    QString toolTipAt(const QPoint &viewportPos) const;

    /// Refuses every resource: images and links in a file never load anything.
    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void entityActivated(bool company, const QString &id);
    void copyParagraphRequested(const QString &lang, int index);
    /// The article was laid out again: marks added to the document must be added again.
    void rebuilt();

protected:
    bool viewportEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void setHovered(const ParagraphRange &range);
    void updateSelections();
    QList<ParagraphRange> withCounterparts(const ParagraphRange &range) const;
    QTextEdit::ExtraSelection selection(int start, int end, const QTextCharFormat &format) const;

    const AlignedParagraphModel &m_model;
    const EntityLexicon &m_lexicon;
    ReaderDocumentBuilder::Options m_options;
    QList<ParagraphRange> m_ranges;
    ParagraphRange m_hovered;
    ParagraphRange m_selected;
    QList<ParagraphSpan> m_citation;
    QList<ParagraphSpan> m_searchHits;
    int m_currentSearchHit = -1;
};

} // namespace tigerscope
