#include "SuggestionMarker.h"

#include "ArticleSuggestions.h"
#include "ParagraphView.h"

#include <QTextCursor>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// How long a selection stays still before it counts as chosen (not while dragging).
constexpr int SelectionSettleMs = 350;

} // namespace

SuggestionMarker::SuggestionMarker(ParagraphView &view, ArticleSuggestions &suggestions, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_suggestions(suggestions)
{
    m_selectionTimer.setSingleShot(true);
    m_selectionTimer.setInterval(SelectionSettleMs);
    connect(&m_view, &ParagraphView::rebuilt, this, &SuggestionMarker::mark);
    connect(&m_suggestions, &ArticleSuggestions::changed, this, &SuggestionMarker::mark);
    connect(&m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        bool ok = false;
        const int index = url.path().toInt(&ok);
        if (!ok || index < 0)
            return;
        if (url.scheme() == scheme() && index < m_suggestions.all().size())
            Q_EMIT figureActivated(m_suggestions.all().at(index), QCursor::pos());
        else if (url.scheme() == eventScheme() && index < m_suggestions.events().size())
            Q_EMIT eventActivated(m_suggestions.events().at(index), QCursor::pos());
    });
    connect(&m_view, &QTextEdit::selectionChanged, &m_selectionTimer, qOverload<>(&QTimer::start));
    connect(&m_selectionTimer, &QTimer::timeout, this, &SuggestionMarker::selectionSettled);
}

QString SuggestionMarker::scheme()
{
    return u"tigerscope-figure"_s;
}

QString SuggestionMarker::eventScheme()
{
    return u"tigerscope-event"_s;
}

void SuggestionMarker::mark()
{
    m_marked = 0;
    const QList<FigureSuggestion> &all = m_suggestions.all();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const FigureSuggestion &s = all.at(i);
        const ParagraphRange range = m_view.paragraphRange(s.citation.lang, s.citation.paragraph);
        if (range.index < 0)
            continue;
        QTextCursor cursor(m_view.document());
        cursor.setPosition(range.start + int(s.citation.start));
        cursor.setPosition(std::min(range.end, range.start + int(s.citation.start + s.citation.length)),
                           QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorHref(scheme() + u':' + QString::number(i));
        format.setFontUnderline(true);
        format.setUnderlineStyle(s.recorded() ? QTextCharFormat::SingleUnderline : QTextCharFormat::DotLine);
        format.setUnderlineColor(s.recorded() ? QColor(0x8a, 0x6d, 0x00) : QColor(0x2e, 0x7d, 0x32));
        format.setToolTip(s.recorded() ? tr("A figure the dataset records: click for what it is")
                                       : tr("A figure the dataset does not record yet: click to add it"));
        cursor.mergeCharFormat(format);
        ++m_marked;
    }
    markEvents();
}

void SuggestionMarker::markEvents()
{
    m_markedEvents = 0;
    const QList<EventSuggestion> &events = m_suggestions.events();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const PrintedFigure &cue = events.at(i).citation;
        const ParagraphRange range = m_view.paragraphRange(cue.lang, cue.paragraph);
        if (range.index < 0)
            continue;
        // Only where the paragraph shown holds the cue word itself: a mark must never run over
        // other text (and its links) when the shown paragraph differs from the one read.
        const int start = range.start + int(cue.start);
        const int end = start + int(cue.length);
        if (cue.length <= 0 || end > range.end)
            continue;
        QTextCursor cursor(m_view.document());
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        if (cursor.selectedText() != cue.printed)
            continue;
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorHref(eventScheme() + u':' + QString::number(i));
        format.setFontUnderline(true);
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(QColor(0x15, 0x65, 0xC0));
        format.setToolTip(tr("An event the article states: click to add it"));
        cursor.mergeCharFormat(format);
        ++m_markedEvents;
    }
}

void SuggestionMarker::selectionSettled()
{
    const QTextCursor cursor = m_view.textCursor();
    if (!cursor.hasSelection())
        return;
    for (const ParagraphRange &range : m_view.ranges()) {
        if (cursor.selectionStart() < range.start || cursor.selectionStart() >= range.end)
            continue;
        const qsizetype start = cursor.selectionStart() - range.start;
        const qsizetype length = std::min(cursor.selectionEnd(), range.end) - cursor.selectionStart();
        if (const FigureSuggestion *s = m_suggestions.at(range.lang, range.index, start, length))
            Q_EMIT figureActivated(*s, m_view.viewport()->mapToGlobal(m_view.cursorRect(cursor).bottomRight()));
        return;
    }
}

} // namespace tigerscope
