#include "TimelineView.h"

#include "CompanyPalette.h"
#include "DateFormatter.h"
#include "Labels.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {
constexpr double LabelWidth = 150;
constexpr double AxisHeight = 34;
constexpr double MarkerSize = 10;
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"timelineView"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(400, 200);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void TimelineView::setEvents(const QList<TimelineEvent> &events, Language language)
{
    const qint64 selected = selectedEvent();
    m_events = events;
    std::stable_sort(m_events.begin(), m_events.end(), [](const TimelineEvent &a, const TimelineEvent &b) {
        if (a.isDated() != b.isDated())
            return !a.isDated(); // the undated first, in their order
        return a.start < b.start;
    });
    m_language = language;
    m_lanes.clear();
    m_laneNames.clear();
    m_undated = 0;
    for (const TimelineEvent &event : std::as_const(m_events)) {
        if (!event.isDated()) {
            ++m_undated;
            continue;
        }
        if (!m_lanes.contains(event.companyId)) {
            m_lanes.append(event.companyId);
            m_laneNames.insert(event.companyId, event.companyName);
        }
    }
    m_selected = -1;
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_events.at(i).id == selected)
            m_selected = i;
    }
    if (!m_fitted)
        fitAll();
    update();
}

void TimelineView::fitAll()
{
    if (m_events.size() == m_undated || width() <= LabelWidth) {
        m_fitted = false;
        update();
        return;
    }
    QDate first = m_events.at(m_undated).start;
    QDate last = m_events.at(m_undated).end;
    for (const TimelineEvent &event : std::as_const(m_events)) {
        if (!event.isDated())
            continue;
        first = std::min(first, event.start);
        last = std::max(last, event.end);
    }
    const QRectF plot = plotRect();
    m_scale.fit(first, last, plot.left(), plot.width());
    m_fitted = true;
    m_adjusted = false;
    update();
}

QRectF TimelineView::plotRect() const
{
    return QRectF(LabelWidth, AxisHeight, std::max(10.0, width() - LabelWidth - 12),
                  std::max(10.0, height() - AxisHeight - 6));
}

int TimelineView::laneCount() const
{
    return int(m_lanes.size()) + (m_undated > 0 ? 1 : 0);
}

double TimelineView::laneHeight() const
{
    if (laneCount() == 0)
        return 28;
    return std::clamp(plotRect().height() / double(laneCount()), 14.0, 34.0);
}

double TimelineView::undatedSpacing() const
{
    return m_undated > 0 ? std::min(2.0 * MarkerSize, plotRect().width() / m_undated) : 0;
}

QRectF TimelineView::eventRect(int index) const
{
    const TimelineEvent &event = m_events.at(index);
    const double lane = laneHeight();
    const double size = std::min(MarkerSize, lane - 4);
    if (!event.isDated()) {
        const double x = plotRect().left() + (index + 0.5) * undatedSpacing();
        const double y = plotRect().top() + (m_lanes.size() + 0.5) * lane;
        const double chip = std::min(size, undatedSpacing() - 2);
        return QRectF(x - chip / 2, y - size / 2, chip, size);
    }
    const double centreY = plotRect().top() + (double(m_lanes.indexOf(event.companyId)) + 0.5) * lane;
    if (event.precision == "day"_L1 || event.precision.isEmpty()) {
        const double x = m_scale.x(event.start) + m_scale.pixelsPerDay() / 2;
        return QRectF(x - size / 2, centreY - size / 2, size, size);
    }
    const double left = m_scale.x(event.start);
    const double right = std::max(left + size, m_scale.xAfter(event.end));
    return QRectF(left, centreY - size / 2 + 1, right - left, size - 2);
}

QString TimelineView::tickLabel(const QDate &date) const
{
    switch (m_scale.tickUnit()) {
    case TimeScale::TickUnit::Year: return DateFormatter::format(date, DatePrecision::Year, m_language);
    case TimeScale::TickUnit::Quarter: return DateFormatter::format(date, DatePrecision::Quarter, m_language);
    case TimeScale::TickUnit::Month: return DateFormatter::format(date, DatePrecision::Month, m_language);
    case TimeScale::TickUnit::Week:
    case TimeScale::TickUnit::Day: return DateFormatter::format(date, DatePrecision::Day, m_language);
    }
    return {};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF plot = plotRect();
    const double lane = laneHeight();

    if (m_events.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No events match the filters."));
        return;
    }

    // Lanes, shaded alternately, with the company names.
    for (int i = 0; i < m_lanes.size(); ++i) {
        const QRectF band(0, plot.top() + i * lane, width(), lane);
        if (i % 2 == 1)
            painter.fillRect(band, pal.color(QPalette::AlternateBase));
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(
            band.adjusted(6, 0, -(width() - LabelWidth) - 4, 0), Qt::AlignVCenter | Qt::AlignLeft,
            painter.fontMetrics().elidedText(m_laneNames.value(m_lanes.at(i)), Qt::ElideRight, int(LabelWidth - 10)));
    }
    if (m_undated > 0) {
        const QRectF band(0, plot.top() + m_lanes.size() * lane, width(), lane);
        painter.fillRect(band, pal.color(QPalette::Midlight));
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(band.adjusted(6, 0, -(width() - LabelWidth) - 4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(tr("Date not given"), Qt::ElideRight, int(LabelWidth - 10)));
    }

    // Axis: ticks and their labels; labels that would overlap are skipped.
    painter.save();
    painter.setClipRect(QRectF(plot.left(), 0, plot.width(), height()));
    double lastLabelRight = -1e9;
    for (const TimeScale::Tick &tick : m_scale.ticks(plot.left(), plot.right())) {
        painter.setPen(QPen(tick.major ? pal.color(QPalette::Mid) : pal.color(QPalette::Midlight), 1));
        painter.drawLine(QPointF(tick.x, AxisHeight - 6), QPointF(tick.x, plot.top() + m_lanes.size() * lane));
        const QString label = tickLabel(tick.date);
        const double labelWidth = painter.fontMetrics().horizontalAdvance(label);
        const bool fits = tick.x + 3 >= plot.left() && tick.x + 3 + labelWidth <= plot.right();
        if (fits && tick.x + 3 > lastLabelRight + 8) {
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(QPointF(tick.x + 3, AxisHeight - 12), label);
            lastLabelRight = tick.x + 3 + labelWidth;
        }
    }

    // Events: periods as bars, days as dots, in the company's colour.
    for (int i = 0; i < m_events.size(); ++i) {
        const TimelineEvent &event = m_events.at(i);
        const QRectF r = eventRect(i);
        QColor color = CompanyPalette::color(event.companyId);
        const bool period = r.width() > r.height() + 0.5 || (event.precision != "day"_L1 && !event.precision.isEmpty());
        painter.setPen(QPen(color.darker(130), 1));
        if (!event.isDated()) {
            painter.setBrush(color);
            painter.drawRect(r);
        } else if (period) {
            color.setAlpha(110);
            painter.setBrush(color);
            painter.drawRoundedRect(r, 3, 3);
        } else {
            painter.setBrush(color);
            painter.drawEllipse(r);
        }
        if (i == m_selected) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(pal.color(QPalette::Highlight), 2.5));
            painter.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 4, 4);
        }
    }
    painter.restore();

    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(QPointF(plot.left(), AxisHeight - 6), QPointF(plot.right(), AxisHeight - 6));
    if (hasFocus()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_fitted || !m_adjusted)
        fitAll();
}

int TimelineView::eventAt(const QPointF &pos) const
{
    // The smallest target wins, so a day inside a year bar can still be picked.
    int best = -1;
    double bestArea = 0;
    for (int i = 0; i < m_events.size(); ++i) {
        const QRectF r = eventRect(i).adjusted(-3, -3, 3, 3);
        if (r.contains(pos) && (best < 0 || r.width() * r.height() < bestArea)) {
            best = i;
            bestArea = r.width() * r.height();
        }
    }
    return best;
}

void TimelineView::select(int index, bool ensureVisible)
{
    if (index < 0 || index >= m_events.size())
        return;
    m_selected = index;
    if (ensureVisible) {
        const QRectF plot = plotRect();
        const QRectF r = eventRect(index);
        if (r.right() > plot.right() || r.left() < plot.left())
            m_scale.pan(plot.center().x() - r.center().x());
    }
    update();
    Q_EMIT eventSelected(m_events.at(index).id);
}

void TimelineView::selectEvent(qint64 id)
{
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_events.at(i).id == id)
            select(i, true);
    }
}

qint64 TimelineView::selectedEvent() const
{
    return m_selected >= 0 && m_selected < m_events.size() ? m_events.at(m_selected).id : -1;
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        m_scale.pan(event->angleDelta().x() / 2.0);
    } else {
        m_scale.zoom(std::pow(1.25, steps), event->position().x());
    }
    m_adjusted = true;
    update();
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    setFocus(Qt::MouseFocusReason);
    m_dragStart = event->position();
    m_dragging = true;
    m_moved = false;
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        const QPointF delta = event->position() - m_dragStart;
        if (m_moved || std::abs(delta.x()) > 3) {
            m_moved = true;
            setCursor(Qt::ClosedHandCursor);
            m_scale.pan(delta.x());
            m_adjusted = true;
            m_dragStart = event->position();
            update();
        }
        return;
    }
    const int index = eventAt(event->position());
    if (index >= 0) {
        const TimelineEvent &e = m_events.at(index);
        QToolTip::showText(event->globalPosition().toPoint(),
                           u"%1 · %2 · %3\n%4"_s.arg(e.dateText, e.companyName, Labels::eventKind(e.kind), e.summary),
                           this);
    } else {
        QToolTip::hideText();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    unsetCursor();
    if (!m_moved) {
        const int index = eventAt(event->position());
        if (index >= 0)
            select(index, false);
    }
    m_dragging = false;
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = eventAt(event->position());
    if (index >= 0) {
        select(index, false);
        Q_EMIT eventActivated(m_events.at(index).id);
    }
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const QRectF plot = plotRect();
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_scale.zoom(1.5, m_selected >= 0 ? eventRect(m_selected).center().x() : plot.center().x());
        break;
    case Qt::Key_Minus:
        m_scale.zoom(1 / 1.5, m_selected >= 0 ? eventRect(m_selected).center().x() : plot.center().x());
        break;
    case Qt::Key_Home:
    case Qt::Key_0: fitAll(); break;
    case Qt::Key_Left:
        if (shift)
            m_scale.pan(plot.width() / 5);
        else
            select(m_selected <= 0 ? 0 : m_selected - 1, true);
        break;
    case Qt::Key_Right:
        if (shift)
            m_scale.pan(-plot.width() / 5);
        else
            select(m_selected < 0 ? 0 : std::min(int(m_events.size()) - 1, m_selected + 1), true);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0)
            Q_EMIT eventActivated(m_events.at(m_selected).id);
        break;
    default: QWidget::keyPressEvent(event); return;
    }
    if (event->key() != Qt::Key_Home && event->key() != Qt::Key_0)
        m_adjusted = true;
    update();
}

} // namespace tigerscope
