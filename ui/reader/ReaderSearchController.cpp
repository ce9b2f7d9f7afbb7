#include "ReaderSearchController.h"

#include "Labels.h"
#include "ParagraphView.h"
#include "ReaderPage.h"
#include "ReaderSearchPanel.h"
#include "StatusNotice.h"

namespace tigerscope {

ReaderSearchController::ReaderSearchController(ReaderSearchPanel &panel, ReaderPage &page)
    : QObject(&page)
    , m_panel(panel)
    , m_page(page)
{
    connect(&m_panel, &ReaderSearchPanel::hitActivated, this, &ReaderSearchController::showHit);
    connect(&m_panel, &ReaderSearchPanel::resultsChanged, this, &ReaderSearchController::goToFirstHit);
}

void ReaderSearchController::goToFirstHit()
{
    const QString shown = m_page.mode() == ReaderMode::OneLanguage ? m_page.paragraphView()->language() : QString();
    const int first = m_panel.firstHitIn(m_page.currentArticle(), shown);
    showHits();
    m_panel.setCurrentHit(first >= 0 || m_panel.hits().isEmpty() ? first : 0);
}

void ReaderSearchController::showHit(const SearchHit &hit)
{
    if (hit.articleId != m_page.currentArticle() || m_page.isShowingReference())
        m_page.openArticle(hit.articleId); // marks the hits itself
    if (m_page.mode() == ReaderMode::OneLanguage && m_page.paragraphView()->language() != hit.lang) {
        m_page.setLanguage(hit.lang);
        StatusNotice::show(&m_page, tr("Showing the %1 text: the hit is there").arg(Labels::language(hit.lang)));
    }
    showHits();
}

void ReaderSearchController::showHits()
{
    QList<ParagraphSpan> spans;
    int current = -1;
    const QList<SearchHit> &hits = m_panel.hits();
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const SearchHit &hit = hits.at(i);
        if (hit.articleId != m_page.currentArticle())
            continue;
        if (i == m_panel.currentHit())
            current = int(spans.size());
        spans.append({hit.lang, hit.index, hit.start, hit.length});
    }
    m_page.paragraphView()->setSearchHits(spans, current);
}

} // namespace tigerscope
