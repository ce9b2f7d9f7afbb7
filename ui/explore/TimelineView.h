#pragma once

#include "Language.h"
#include "TimeScale.h"
#include "TimelineRepository.h"

#include <QColor>
#include <QWidget>

namespace tigerscope {

/// Every event on a zoomable time axis, one lane per company. A day is a dot; a month, quarter or
/// year is a bar over the whole period, so a date's precision is visible; events the sources give no
/// date for sit in a lane of their own below, in their order, off the time axis. Wheel or +/- zoom about
/// the pointer, dragging or Shift+arrows pan, Home fits; Left/Right step through the events.
/// Clicking selects an event, double-clicking or Enter activates it.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setEvents(const QList<TimelineEvent> &events, Language language);
    const QList<TimelineEvent> &events() const { return m_events; }
    void fitAll();
    void selectEvent(qint64 id);
    qint64 selectedEvent() const;
    const TimeScale &scale() const { return m_scale; }
    /// Where the event at an index of events() is drawn, in widget coordinates.
    QRectF eventRect(int index) const;

    QSize sizeHint() const override { return {800, 400}; }

Q_SIGNALS:
    void eventSelected(qint64 id);
    void eventActivated(qint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF plotRect() const;
    double laneHeight() const;
    int laneCount() const;
    double undatedSpacing() const;
    int eventAt(const QPointF &pos) const;
    void select(int index, bool ensureVisible);
    QString tickLabel(const QDate &date) const;

    QList<TimelineEvent> m_events;
    QStringList m_lanes; // company ids of the dated events, in order; the undated lane comes after
    int m_undated = 0;   // the first m_undated events (sorted first) have no date
    QHash<QString, QString> m_laneNames;
    Language m_language = Language::English;
    TimeScale m_scale;
    bool m_fitted = false;
    bool m_adjusted = false; ///< the user zoomed or panned since the last fit: resizing keeps that view
    int m_selected = -1;
    QPointF m_dragStart;
    bool m_dragging = false;
    bool m_moved = false;
};

} // namespace tigerscope
