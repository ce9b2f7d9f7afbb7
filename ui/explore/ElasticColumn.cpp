#include "ElasticColumn.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>

namespace tigerscope {

ElasticColumn::ElasticColumn(QHeaderView *header, int column, int minimumWidth)
    : QObject(header)
    , m_header(header)
    , m_column(column)
    , m_minimumWidth(minimumWidth)
{
    m_header->setStretchLastSection(false);
    if (auto *view = qobject_cast<QAbstractItemView *>(m_header->parentWidget())) {
        m_viewport = view->viewport();
        m_viewport->installEventFilter(this);
    }
    connect(m_header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != m_column)
            fit();
    });
}

void ElasticColumn::fit()
{
    if (m_fitting || !m_viewport || m_column >= m_header->count() || m_header->isSectionHidden(m_column))
        return;
    m_fitting = true;
    int others = 0;
    for (int section = 0; section < m_header->count(); ++section) {
        if (section != m_column && !m_header->isSectionHidden(section))
            others += m_header->sectionSize(section);
    }
    const int least = std::max(m_minimumWidth, m_header->sectionSizeHint(m_column));
    m_header->resizeSection(m_column, std::max(least, m_viewport->width() - others));
    m_fitting = false;
}

bool ElasticColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace tigerscope
