#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QTreeWidget;

namespace tigerscope {

class AppContext;
class SmallChartWidget;

/// The landscape at a glance: companies by group (six tigers, giants, other players), the latest
/// key figures and events with their sources, and small charts that open the Charts section.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(AppContext &context, QWidget *parent = nullptr);

    QTreeWidget *figures() const { return m_figures; }
    QTreeWidget *events() const { return m_events; }
    QList<SmallChartWidget *> charts() const { return m_charts; }

Q_SIGNALS:
    /// A small chart was clicked: show the full charts (of this metric).
    void chartsRequested(const QString &metricKey);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void showGroups();
    void showFigures();
    void showEvents();
    void showCharts();

    AppContext &m_context;
    QList<QLabel *> m_groupTitles;
    QList<QLabel *> m_groupLists;
    QLabel *m_figuresTitle;
    QLabel *m_eventsTitle;
    QLabel *m_chartsTitle;
    QTreeWidget *m_figures;
    QTreeWidget *m_events;
    QList<SmallChartWidget *> m_charts;
    QStringList m_chartMetrics;
};

} // namespace tigerscope
