#pragma once

#include "Language.h"
#include "TimeScale.h"

#include <QColor>
#include <QWidget>

namespace tigerscope {

/// One event as the timeline draws it.
struct TimelineEvent
{
    qint64 id = -1;
    QString companyId;
    QString companyName;
    QDate start;       ///< first day of the period
    QDate end;         ///< last day of the period (= start for a day)
    QString precision; ///< day / month / quarter / year
    QString kind;
    QString summary;
    QString dateText; ///< the date at its precision, in the language
};

/// Every event on a zoomable time axis, one lane per company. A day is a dot; a month, quarter or
/// year is a bar over the whole period, so a date's precision is visible. Wheel or +/- zoom about
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
    QRectF eventRect(int index) const;
    double laneHeight() const;
    int eventAt(const QPointF &pos) const;
    void select(int index, bool ensureVisible);
    QString tickLabel(const QDate &date) const;

    QList<TimelineEvent> m_events;
    QStringList m_lanes; // company ids, in order
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
