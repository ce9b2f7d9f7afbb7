#pragma once

#include "ArticleStore.h"

#include <QObject>

namespace tigerscope {

class ReaderPage;
class ReaderSearchPanel;

/// Shows the search panel's hits in the reader: marks those of the open article, goes to the first
/// one after a search (one the view shows before one it would have to switch language for), opens
/// the article of a hit and, in one-language mode, switches to the language a hit is in, saying so.
class ReaderSearchController : public QObject
{
    Q_OBJECT

public:
    ReaderSearchController(ReaderSearchPanel &panel, ReaderPage &page);

    /// Marks the hits of the article now open, scrolling to the current one if it is there.
    void showHits();

private:
    void showHit(const SearchHit &hit);
    void goToFirstHit();

    ReaderSearchPanel &m_panel;
    ReaderPage &m_page;
};

} // namespace tigerscope
