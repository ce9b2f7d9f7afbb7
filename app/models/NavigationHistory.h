#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace tigerscope {

/// A place the user went to: a section of the window and, within it, what it showed.
struct NavigationPlace
{
    int section = -1;
    QString detail;     ///< company id, chart id, or article key; empty: the section as it was
    QString lang;       ///< the reader's language version
    int paragraph = -1; ///< the reader's paragraph (0-based, as stored)
    QString printed;    ///< the cited text the reader highlighted

    bool operator==(const NavigationPlace &) const = default;
};

/// Back and Forward over the places visited, like a browser's: visiting a place drops what lay
/// ahead. A place that only says more about the current one (the section, then the company it
/// opened on) replaces it rather than adding a step.
class NavigationHistory : public QObject
{
    Q_OBJECT
public:
    explicit NavigationHistory(QObject *parent = nullptr);

    void visit(const NavigationPlace &place);
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_places.size(); }
    /// Steps back (forward) and returns the place to show; the current one when there is none.
    NavigationPlace back();
    NavigationPlace forward();
    NavigationPlace current() const { return m_current >= 0 ? m_places.at(m_current) : NavigationPlace{}; }
    qsizetype size() const { return m_places.size(); }

Q_SIGNALS:
    void changed();

private:
    QList<NavigationPlace> m_places;
    qsizetype m_current = -1;
};

} // namespace tigerscope
