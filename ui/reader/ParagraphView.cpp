#include "ParagraphView.h"

#include "AlignedParagraphModel.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

constexpr qreal MinPointSize = 7.0;
constexpr qreal MaxPointSize = 32.0;

} // namespace

ParagraphView::ParagraphView(const AlignedParagraphModel &model, const EntityLexicon &lexicon, QWidget *parent)
    : QTextBrowser(parent)
    , m_model(model)
    , m_lexicon(lexicon)
{
    setObjectName(u"paragraphView"_s);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    document()->setUndoRedoEnabled(false);
    m_options.pointSize = DefaultPointSize;
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != ReaderDocumentBuilder::entityScheme())
            return;
        const QString path = url.path();
        const qsizetype slash = path.indexOf(u'/');
        if (slash > 0)
            Q_EMIT entityActivated(path.left(slash) == "company"_L1, path.mid(slash + 1));
    });
}

QVariant ParagraphView::loadResource(int, const QUrl &)
{
    return {};
}

void ParagraphView::rebuild()
{
    // Keep the paragraph at the top of the view across the new layout.
    const ParagraphRange top = paragraphAt(QPoint(viewport()->width() / 4, 4));
    m_ranges = ReaderDocumentBuilder(m_model, m_lexicon).build(document(), m_options);
    Q_EMIT rebuilt();
    // The edit's own cursor would stay at the end of the new text and pull the view there.
    setTextCursor(QTextCursor(document()));
    m_hovered = {};
    if (paragraphRange(m_selected.lang, m_selected.index).index < 0)
        m_selected = {};
    updateSelections();
    if (top.index >= 0) {
        const ParagraphRange again = paragraphRange(top.lang, top.index);
        if (again.index >= 0) {
            QTextCursor cursor(document());
            cursor.setPosition(again.start);
            verticalScrollBar()->setValue(verticalScrollBar()->value() + cursorRect(cursor).top() - 4);
        }
    }
}

void ParagraphView::setMode(ReaderMode mode)
{
    if (mode == m_options.mode)
        return;
    m_options.mode = mode;
    rebuild();
}

void ParagraphView::setLanguage(const QString &lang)
{
    if (lang == m_options.language)
        return;
    m_options.language = lang;
    if (m_options.mode == ReaderMode::OneLanguage)
        rebuild();
}

void ParagraphView::setHideChrome(bool hide)
{
    if (hide == m_options.hideChrome)
        return;
    m_options.hideChrome = hide;
    rebuild();
}

void ParagraphView::setCitedFigures(const QList<ParagraphSpan> &spans)
{
    m_options.citedFigures = spans;
}

ParagraphRange ParagraphView::paragraphRange(const QString &lang, int index) const
{
    for (const ParagraphRange &range : m_ranges) {
        if (range.index == index && range.lang == lang)
            return range;
    }
    return {};
}

ParagraphRange ParagraphView::paragraphAt(const QPoint &viewportPos) const
{
    const int position = cursorForPosition(viewportPos).position();
    for (const ParagraphRange &range : m_ranges) {
        if (position >= range.start && position <= range.end) {
            // cursorForPosition snaps to the nearest text: accept only points over the block itself.
            QTextCursor cursor(document());
            cursor.setPosition(range.start);
            const QRect first = cursorRect(cursor);
            cursor.setPosition(range.end);
            const QRect last = cursorRect(cursor);
            if (viewportPos.y() >= first.top() - 2 && viewportPos.y() <= last.bottom() + 2)
                return range;
        }
    }
    return {};
}

QList<ParagraphRange> ParagraphView::withCounterparts(const ParagraphRange &range) const
{
    QList<ParagraphRange> result;
    if (range.index < 0)
        return result;
    result << range;
    const QString other = AlignedParagraphModel::otherLanguage(range.lang);
    for (int index : m_model.counterparts(range.lang, range.index)) {
        const ParagraphRange counterpart = paragraphRange(other, index);
        if (counterpart.index >= 0)
            result << counterpart;
    }
    return result;
}

QList<ParagraphRange> ParagraphView::highlightedParagraphs() const
{
    return withCounterparts(m_hovered.index >= 0 ? m_hovered : m_selected);
}

void ParagraphView::selectParagraph(const QString &lang, int index)
{
    m_selected = paragraphRange(lang, index);
    updateSelections();
}

void ParagraphView::scrollToParagraph(const QString &lang, int index)
{
    const ParagraphRange range = paragraphRange(lang, index);
    if (range.index < 0)
        return;
    m_selected = range;
    updateSelections();
    QTextCursor cursor(document());
    cursor.setPosition(range.start);
    setTextCursor(cursor);
    const QRect rect = cursorRect(cursor);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.top() - viewport()->height() / 4);
}

void ParagraphView::setHovered(const ParagraphRange &range)
{
    if (range.index == m_hovered.index && range.lang == m_hovered.lang)
        return;
    m_hovered = range;
    updateSelections();
}

QTextEdit::ExtraSelection ParagraphView::selection(int start, int end, const QTextCharFormat &format) const
{
    QTextEdit::ExtraSelection extra;
    extra.cursor = QTextCursor(document());
    extra.cursor.setPosition(start);
    extra.cursor.setPosition(end, QTextCursor::KeepAnchor);
    extra.format = format;
    return extra;
}

void ParagraphView::updateSelections()
{
    QList<QTextEdit::ExtraSelection> extras;
    QTextCharFormat hover;
    hover.setBackground(QColor(0xdc, 0xea, 0xfb));
    QTextCharFormat counterpart;
    counterpart.setBackground(QColor(0xe6, 0xf4, 0xe1));
    const QList<ParagraphRange> highlighted = highlightedParagraphs();
    QTextCharFormat cited;
    cited.setBackground(QColor(0xff, 0xe0, 0x8a));
    for (qsizetype i = 0; i < highlighted.size(); ++i) {
        const ParagraphRange &range = highlighted.at(i);
        extras << selection(range.start, range.end, i == 0 ? hover : counterpart);
        // Keep the dataset's figures visible through the highlight.
        for (const ParagraphSpan &span : std::as_const(m_options.citedFigures)) {
            if (span.lang == range.lang && span.paragraph == range.index) {
                const int start = range.start + int(span.start);
                extras << selection(start, std::min(range.end, start + int(span.length)), cited);
            }
        }
    }

    QTextCharFormat citedParagraph;
    citedParagraph.setBackground(QColor(0xfd, 0xf0, 0xdc));
    QTextCharFormat citedFigure;
    citedFigure.setBackground(QColor(0xf5, 0xa6, 0x23));
    citedFigure.setForeground(Qt::black);
    citedFigure.setFontWeight(QFont::Bold);
    for (const ParagraphSpan &span : std::as_const(m_citation)) {
        const ParagraphRange range = paragraphRange(span.lang, span.paragraph);
        if (range.index < 0)
            continue;
        extras << selection(range.start, range.end, citedParagraph);
        if (span.length > 0) {
            const int start = range.start + int(span.start);
            extras << selection(start, std::min(range.end, start + int(span.length)), citedFigure);
        }
    }
    // Search hits last, so that they show over a cited passage.
    QTextCharFormat search;
    search.setBackground(QColor(0xff, 0xf1, 0x76));
    // Underlined as well: the yellow alone is hard to tell from a cited figure's.
    search.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    search.setUnderlineColor(QColor(0xc2, 0x6a, 0x00));
    QTextCharFormat currentSearch;
    // A colour no other mark uses: cited figures are orange, counterparts pale green.
    currentSearch.setBackground(QColor(0x2e, 0x7d, 0x32));
    currentSearch.setForeground(Qt::white);
    for (qsizetype i = 0; i < m_searchHits.size(); ++i) {
        const ParagraphSpan &hit = m_searchHits.at(i);
        const ParagraphRange range = paragraphRange(hit.lang, hit.paragraph);
        if (range.index < 0)
            continue;
        const int start = range.start + int(hit.start);
        extras << selection(start, std::min(range.end, start + int(hit.length)),
                            i == m_currentSearchHit ? currentSearch : search);
    }
    setExtraSelections(extras);
}

void ParagraphView::showCitation(const QList<ParagraphSpan> &spans)
{
    m_citation = spans;
    updateSelections();
    if (spans.isEmpty())
        return;
    // The language shown decides where to scroll in one-language mode.
    for (const ParagraphSpan &span : spans) {
        if (paragraphRange(span.lang, span.paragraph).index >= 0) {
            scrollToParagraph(span.lang, span.paragraph);
            break;
        }
    }
}

void ParagraphView::setSearchHits(const QList<ParagraphSpan> &hits, int current)
{
    m_searchHits = hits;
    m_currentSearchHit = current >= 0 && current < hits.size() ? current : -1;
    if (m_currentSearchHit >= 0) {
        const ParagraphSpan &hit = hits.at(m_currentSearchHit);
        scrollToParagraph(hit.lang, hit.paragraph); // updates the selections
        // In a long paragraph the hit may still be below the view.
        QTextCursor cursor(document());
        cursor.setPosition(paragraphRange(hit.lang, hit.paragraph).start + int(hit.start));
        const QRect rect = cursorRect(cursor);
        if (rect.bottom() > viewport()->height())
            verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.top() - viewport()->height() / 3);
        return;
    }
    updateSelections();
}

void ParagraphView::zoomBy(int steps)
{
    const qreal size = std::clamp(m_options.pointSize * std::pow(1.1, steps), MinPointSize, MaxPointSize);
    if (qFuzzyCompare(size, m_options.pointSize))
        return;
    m_options.pointSize = size;
    rebuild();
}

void ParagraphView::resetZoom()
{
    if (qFuzzyCompare(m_options.pointSize, DefaultPointSize))
        return;
    m_options.pointSize = DefaultPointSize;
    rebuild();
}

QString ParagraphView::toolTipAt(const QPoint &viewportPos) const
{
    QTextCursor cursor = cursorForPosition(viewportPos);
    // The format at a position is that of the character before it: look at the one under the mouse.
    if (!cursor.atBlockEnd())
        cursor.movePosition(QTextCursor::NextCharacter);
    return cursor.charFormat().toolTip();
}

bool ParagraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

void ParagraphView::mouseMoveEvent(QMouseEvent *event)
{
    setHovered(paragraphAt(event->position().toPoint()));
    QTextBrowser::mouseMoveEvent(event);
}

void ParagraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_selected = paragraphAt(event->position().toPoint());
        updateSelections();
    }
    QTextBrowser::mousePressEvent(event);
}

void ParagraphView::leaveEvent(QEvent *event)
{
    setHovered({});
    QTextBrowser::leaveEvent(event);
}

void ParagraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1 : -1);
        event->accept();
        return;
    }
    QTextBrowser::wheelEvent(event);
}

void ParagraphView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    const ParagraphRange range = paragraphAt(event->pos());
    if (range.index >= 0) {
        menu->addSeparator();
        menu->addAction(tr("Copy Paragraph with Citation"), this,
                        [this, range] { Q_EMIT copyParagraphRequested(range.lang, range.index); });
    }
    menu->exec(event->globalPos());
    delete menu;
}

} // namespace tigerscope
