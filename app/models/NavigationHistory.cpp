#include "NavigationHistory.h"

namespace tigerscope {

namespace {
constexpr qsizetype MaximumPlaces = 200;
}

NavigationHistory::NavigationHistory(QObject *parent)
    : QObject(parent)
{}

void NavigationHistory::visit(const NavigationPlace &place)
{
    if (m_current >= 0) {
        const NavigationPlace &here = m_places.at(m_current);
        if (here == place)
            return;
        // Entering a section, then what it opens on, is one step; so is a section shown again
        // while it already shows something.
        if (here.section == place.section && here.detail.isEmpty()) {
            m_places[m_current] = place;
            Q_EMIT changed();
            return;
        }
        if (here.section == place.section && place.detail.isEmpty())
            return;
    }
    m_places.resize(m_current + 1);
    m_places.append(place);
    if (m_places.size() > MaximumPlaces)
        m_places.removeFirst();
    m_current = m_places.size() - 1;
    Q_EMIT changed();
}

NavigationPlace NavigationHistory::back()
{
    if (canGoBack()) {
        --m_current;
        Q_EMIT changed();
    }
    return current();
}

NavigationPlace NavigationHistory::forward()
{
    if (canGoForward()) {
        ++m_current;
        Q_EMIT changed();
    }
    return current();
}

} // namespace tigerscope
